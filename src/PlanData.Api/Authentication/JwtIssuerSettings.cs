namespace PlanData.Api.Authentication;

/// <summary>
/// One trusted OIDC/JWT issuer (Auth:JwtIssuers): either an Authority whose discovery document gives
/// the issuer and signing keys, or explicit SigningKeys (a JWKS document or its URL) with the Issuers.
/// </summary>
public sealed class JwtIssuerSettings
{
    public string Name { get; set; } = "";

    /// <summary>The issuer's base URL; its keys come from {Authority}/.well-known/openid-configuration.</summary>
    public string? Authority { get; set; }

    /// <summary>The discovery document's URL when it is not under the Authority.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>Only for tests and local identity providers: allow discovery and keys over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>A JWKS document (JSON, <c>{"keys":[...]}</c>) or the URL of one, instead of discovery.</summary>
    public string? SigningKeys { get; set; }

    public string? Audience { get; set; }

    public string[] Audiences { get; set; } = [];

    /// <summary>The accepted <c>iss</c> values; with an Authority, the discovery document's issuer is accepted too.</summary>
    public string? Issuer { get; set; }

    public string[] Issuers { get; set; } = [];

    public IReadOnlyList<string> AllAudiences => [.. Audiences.Append(Audience).OfType<string>().Where(a => a.Length > 0).Distinct()];

    public IReadOnlyList<string> AllIssuers => [.. Issuers.Append(Issuer).OfType<string>().Where(i => i.Length > 0).Distinct()];

    public bool UsesDiscovery => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(MetadataAddress);

    public bool SigningKeysIsUrl => Uri.TryCreate(SigningKeys?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
