using Microsoft.IdentityModel.JsonWebTokens;

namespace PlanData.Api.Authentication;

/// <summary>
/// The policy scheme's choice of handler: the API key handler for a key; for a bearer token, the
/// handler of the issuer its <c>iss</c> names (a configured issuer, else Entra ID), or the refusal of
/// an untrusted issuer. A token without a readable <c>iss</c> goes to a JWT handler, which says what is wrong.
/// </summary>
public static class SchemeSelector
{
    private static readonly JsonWebTokenHandler _reader = new();

    public static string Select(HttpContext context)
    {
        var methods = context.RequestServices.GetRequiredService<AuthenticationMethods>();
        if (methods.Presented(context.Request) == CredentialKind.ApiKey || !methods.BearerTokens)
        {
            return PlanAuthenticationSchemes.ApiKey;
        }

        if (UnvalidatedIssuer(AuthenticationMethods.BearerToken(context.Request)) is not { Length: > 0 } issuer)
        {
            return methods.EntraId ? PlanAuthenticationSchemes.EntraId : methods.JwtIssuers[0].Scheme;
        }

        if (methods.JwtIssuers.FirstOrDefault(jwt => jwt.Answers(issuer)) is { } match)
        {
            return match.Scheme;
        }

        return methods.EntraIdAnswers(issuer) ? PlanAuthenticationSchemes.EntraId : PlanAuthenticationSchemes.UntrustedIssuer;
    }

    /// <summary>Read without validation, only to choose the handler; that handler validates everything, the issuer included.</summary>
    private static string? UnvalidatedIssuer(string? token)
    {
        if (token is null || !_reader.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
