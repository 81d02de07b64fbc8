namespace PlanData.Api.Authentication;

/// <summary>The ways to authenticate this server is configured for, and which of them a request uses.</summary>
public sealed class AuthenticationMethods
{
    private const string BearerPrefix = "Bearer ";

    private readonly string[] _entraIssuerHosts;

    public AuthenticationMethods(AuthOptions options, IConfiguration configuration)
    {
        ApiKeys = options.ApiKeys.Count > 0;
        ApiKeyHeader = options.ApiKeyHeader;
        EntraId = AuthOptions.HasEntraId(configuration);
        JwtIssuers = [.. options.JwtIssuers.Select(JwtIssuerRoute.From)];

        // v2.0 tokens are issued by the instance's host, v1.0 ones by sts.windows.net.
        _entraIssuerHosts = [.. new[] { configuration[$"{AuthOptions.EntraSection}:Instance"], configuration[$"{AuthOptions.EntraSection}:Authority"], "https://sts.windows.net/" }
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null)
            .OfType<string>()];
    }

    public bool ApiKeys { get; }

    public string ApiKeyHeader { get; }

    public bool EntraId { get; }

    public IReadOnlyList<JwtIssuerRoute> JwtIssuers { get; }

    public bool BearerTokens => EntraId || JwtIssuers.Count > 0;

    public bool Any => ApiKeys || BearerTokens;

    public bool EntraIdAnswers(string issuer) =>
        EntraId && Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && _entraIssuerHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An API key wins over a bearer token sent beside it. A credential of a kind no method is
    /// configured for (a key when there are no keys) is not one: nothing could check it.
    /// </summary>
    public CredentialKind Presented(HttpRequest request)
    {
        if (ApiKeys && request.Headers.ContainsKey(ApiKeyHeader))
        {
            return CredentialKind.ApiKey;
        }

        return BearerTokens && BearerToken(request) is not null ? CredentialKind.BearerToken : CredentialKind.None;
    }

    /// <summary>The token of an <c>Authorization: Bearer</c> header, as JwtBearer reads it.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        string? authorization = request.Headers.Authorization;
        return authorization is not null
            && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            && authorization[BearerPrefix.Length..].Trim() is { Length: > 0 } token
                ? token
                : null;
    }
}
