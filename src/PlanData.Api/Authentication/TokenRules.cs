using Microsoft.IdentityModel.Tokens;

namespace PlanData.Api.Authentication;

/// <summary>What every bearer token must satisfy, whoever issued it.</summary>
public static class TokenRules
{
    public static void Apply(TokenValidationParameters parameters, AuthOptions options)
    {
        parameters.ValidateIssuer = true;
        parameters.ValidateAudience = true;
        parameters.ValidateLifetime = true;
        parameters.RequireExpirationTime = true;

        // An unsigned token (alg "none", or a signature cut off) is refused, never trusted.
        parameters.RequireSignedTokens = true;
        parameters.ClockSkew = TimeSpan.FromSeconds(options.ClockSkewSeconds);
    }
}
