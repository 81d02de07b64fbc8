namespace PlanData.Api.Authentication;

/// <summary>Configuration section "Auth" (Entra ID has its own section, "AzureAd").</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public const string EntraSection = "AzureAd";

    public AuthMode Mode { get; set; } = AuthMode.Anonymous;

    public List<JwtIssuerSettings> JwtIssuers { get; set; } = [];

    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>How far a token's exp and nbf may be off the server's clock (JwtBearer's default, 5 minutes, is generous).</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>
    /// Claims besides roles, scp and scope in which an issuer puts Plans.Read (e.g. Auth0's
    /// "permissions"), as a value or one of space-separated values.
    /// </summary>
    public string[] PermissionClaims { get; set; } = [];

    public static AuthOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<AuthOptions>() ?? new AuthOptions();

    /// <summary>Entra ID is on when its section names the application (AzureAd:ClientId).</summary>
    public static bool HasEntraId(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{EntraSection}:ClientId"]);
}
