using Microsoft.IdentityModel.Tokens;

namespace PlanData.Api.Authentication;

/// <summary>
/// Why a bearer token was refused, in words of our own: IdentityModel's messages quote claims and
/// configuration, and nothing of the token is to be echoed.
/// </summary>
public static class TokenFailure
{
    public static string Describe(Exception? failure) => (failure is AggregateException { InnerExceptions: [var first, ..] } ? first : failure) switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry time.",
        SecurityTokenInvalidAudienceException => "The token was not issued for this API (wrong audience).",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidSignatureException => "The token's signature is missing or not valid.",
        SecurityTokenMalformedException => "The token is malformed.",
        _ => "The token is not valid.",
    };
}
