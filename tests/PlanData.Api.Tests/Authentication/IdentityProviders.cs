using System.Security.Cryptography;
using System.Text;
using PlanData.Api.Authentication;

namespace PlanData.Api.Tests.Authentication;

/// <summary>
/// The issuers one test API trusts, each with its own key and its own host name (nothing caches one
/// API's providers for another): a partner with explicit keys, an OIDC provider found by discovery,
/// an issuer with a JWKS URL, Entra ID, and an issuer that cannot be reached; plus two API keys, one revoked.
/// </summary>
public sealed class IdentityProviders
{
    public const string Audience = "api://plan-data-tests";

    public const string GatewayKey = "pdk_9f2c41d07b6e4a3f8d15c0e2a7b39c64";

    public const string RetiredKey = "pdk_0d7e5b2a94c14f6b8e3a1c9d27f08b5e";

    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    public IdentityProviders()
    {
        Partner = new TestIssuer($"https://partner-{_id}.plan-data.test", "partner-key");
        Discovered = new TestIssuer($"http://idp-{_id}.plan-data.test/realms/plans", "idp-key");
        KeysUrl = new TestIssuer($"https://keys-{_id}.plan-data.test", "keys-url-key");
        Entra = new TestIssuer($"{EntraInstance}{EntraTenantId}/v2.0", "entra-key");
        Unreachable = new TestIssuer($"https://down-{_id}.plan-data.test", "down-key");
        Backchannel.ServeDiscovery(Discovered.Issuer, Discovered);
        Backchannel.Serve(KeysUrlJwks, KeysUrl.Jwks);
        Backchannel.ServeDiscovery(Entra.Issuer, Entra);
    }

    public TestIssuer Partner { get; }

    public TestIssuer Discovered { get; }

    public TestIssuer KeysUrl { get; }

    public TestIssuer Entra { get; }

    /// <summary>An issuer found by discovery whose discovery document cannot be read.</summary>
    public TestIssuer Unreachable { get; }

    public string EntraInstance => $"https://login-{_id}.entra.test/";

    public string EntraTenantId { get; } = Guid.NewGuid().ToString();

    public string EntraClientId { get; } = Guid.NewGuid().ToString();

    public FakeIdentityProvider Backchannel { get; } = new();

    private string KeysUrlJwks => $"{KeysUrl.Issuer}/jwks.json";

    public static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public Dictionary<string, string> Settings(AuthMode mode) => new()
    {
        ["Auth:Mode"] = mode.ToString(),
        ["Auth:JwtIssuers:0:Name"] = "partner",
        ["Auth:JwtIssuers:0:SigningKeys"] = Partner.Jwks,
        ["Auth:JwtIssuers:0:Issuer"] = Partner.Issuer,
        ["Auth:JwtIssuers:0:Audience"] = Audience,
        ["Auth:JwtIssuers:1:Name"] = "idp",
        ["Auth:JwtIssuers:1:Authority"] = Discovered.Issuer,
        ["Auth:JwtIssuers:1:RequireHttpsMetadata"] = "false",
        ["Auth:JwtIssuers:1:Audience"] = Audience,
        ["Auth:JwtIssuers:2:Name"] = "keys-url",
        ["Auth:JwtIssuers:2:SigningKeys"] = KeysUrlJwks,
        ["Auth:JwtIssuers:2:Issuers:0"] = KeysUrl.Issuer,
        ["Auth:JwtIssuers:2:Audiences:0"] = "api://some-other-api",
        ["Auth:JwtIssuers:2:Audiences:1"] = Audience,
        ["Auth:JwtIssuers:3:Name"] = "down",
        ["Auth:JwtIssuers:3:Authority"] = Unreachable.Issuer,
        ["Auth:JwtIssuers:3:Audience"] = Audience,
        ["Auth:ApiKeys:0:Client"] = "gateway",
        ["Auth:ApiKeys:0:Hash"] = Sha256Hex(GatewayKey),
        ["Auth:ApiKeys:1:Client"] = "retired",
        ["Auth:ApiKeys:1:Hash"] = Sha256Hex(RetiredKey),
        ["Auth:ApiKeys:1:Revoked"] = "true",
        ["AzureAd:Instance"] = EntraInstance,
        ["AzureAd:TenantId"] = EntraTenantId,
        ["AzureAd:ClientId"] = EntraClientId,
    };

    /// <summary>An application's token (client credentials) from the partner issuer.</summary>
    public string PartnerAppToken(params string[] roles) => Partner.Token(Audience, new Dictionary<string, object>
    {
        ["sub"] = "partner-client-1",
        ["azp"] = "partner-client-1",
        ["roles"] = roles,
    });

    /// <summary>A signed-in user's token with delegated scopes in <c>scp</c> (space-separated).</summary>
    public string PartnerUserToken(string scopes) => Partner.Token(Audience, new Dictionary<string, object>
    {
        ["sub"] = "user-42",
        ["scp"] = scopes,
    });

    public string EntraAppToken(params string[] roles) => Entra.Token(EntraClientId, new Dictionary<string, object>
    {
        ["tid"] = EntraTenantId,
        ["ver"] = "2.0",
        ["sub"] = "entra-app-object-id",
        ["oid"] = "entra-app-object-id",
        ["azp"] = "entra-caller-app",
        ["roles"] = roles,
    });

    public string EntraUserToken(string scopes, string? audience = null) => Entra.Token(audience ?? EntraClientId, new Dictionary<string, object>
    {
        ["tid"] = EntraTenantId,
        ["ver"] = "2.0",
        ["sub"] = "entra-user-subject",
        ["oid"] = "entra-user-object-id",
        ["name"] = "Nguyễn Văn A",
        ["scp"] = scopes,
    });
}
