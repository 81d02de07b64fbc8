using Microsoft.Net.Http.Headers;
using PlanData.Api.Http;
using PlanData.Querying;

namespace PlanData.Api.Authentication;

/// <summary>
/// 401 and 403 as a GraphQL client reads them: a GraphQL-shaped error body in the negotiated media
/// type, with Hot Chocolate's codes, and the challenges of RFC 6750 (plus one for the API key header).
/// </summary>
public static class AccessRefusal
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    public const string ProviderUnavailable = "AUTH_PROVIDER_UNAVAILABLE";

    public static Task NoCredentialsAsync(HttpContext context, AuthenticationMethods methods)
    {
        Challenge(context, methods);
        return WriteAsync(context, StatusCodes.Status401Unauthorized, NotAuthenticated, $"Authentication is required: send {Ways(methods)}.");
    }

    public static Task CredentialRejectedAsync(HttpContext context, AuthenticationMethods methods, CredentialKind kind, Exception? failure)
    {
        if (kind == CredentialKind.ApiKey)
        {
            Challenge(context, methods, apiKeyError: ApiKeyAuthenticationHandler.Rejected);
            return WriteAsync(context, StatusCodes.Status401Unauthorized, NotAuthenticated, $"The API key was refused: {ApiKeyAuthenticationHandler.Rejected}");
        }

        var reason = TokenFailure.Describe(failure);
        Challenge(context, methods, tokenError: reason);
        return WriteAsync(context, StatusCodes.Status401Unauthorized, NotAuthenticated, $"The bearer token was refused: {reason}");
    }

    public static Task NotPermittedAsync(HttpContext context, CredentialKind kind)
    {
        if (kind == CredentialKind.BearerToken)
        {
            context.Response.Headers.Append(HeaderNames.WWWAuthenticate,
                $"Bearer error=\"insufficient_scope\", error_description=\"The token does not grant {PlansReadPolicy.Permission}.\", scope=\"{PlansReadPolicy.Permission}\"");
        }

        return WriteAsync(context, StatusCodes.Status403Forbidden, NotAuthorized,
            $"The caller is authenticated but does not hold the permission {PlansReadPolicy.Permission} (an app role or a delegated scope).");
    }

    /// <summary>The token may well be valid: it cannot be checked now, which is not the caller's fault.</summary>
    public static Task ProviderUnavailableAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status503ServiceUnavailable, ProviderUnavailable,
            "The bearer token cannot be checked now: its issuer's signing keys cannot be read. Try again later.");

    /// <summary>One challenge per configured method; the one for the refused credential says why.</summary>
    private static void Challenge(HttpContext context, AuthenticationMethods methods, string? tokenError = null, string? apiKeyError = null)
    {
        var headers = context.Response.Headers;
        if (methods.BearerTokens)
        {
            headers.Append(HeaderNames.WWWAuthenticate, tokenError is null ? "Bearer" : $"Bearer error=\"invalid_token\", error_description=\"{tokenError}\"");
        }

        if (methods.ApiKeys)
        {
            var challenge = $"ApiKey header=\"{methods.ApiKeyHeader}\"";
            headers.Append(HeaderNames.WWWAuthenticate, apiKeyError is null ? challenge : $"{challenge}, error=\"invalid_key\", error_description=\"{apiKeyError}\"");
        }
    }

    private static string Ways(AuthenticationMethods methods) => (methods.BearerTokens, methods.ApiKeys) switch
    {
        (true, true) => $"a bearer token (Authorization: Bearer ...) or an API key ({methods.ApiKeyHeader}: ...)",
        (true, false) => "a bearer token (Authorization: Bearer ...)",
        _ => $"an API key ({methods.ApiKeyHeader}: ...)",
    };

    private static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        CacheHeaders.MarkUncacheable(context.Response);
        var mediaType = ResponseMediaType.Negotiate(context.Request.Headers.Accept) ?? MediaTypes.Json;
        return GraphQLResponseWriter.WriteErrorAsync(context, new PlanDataError(code, message), mediaType, status);
    }
}
