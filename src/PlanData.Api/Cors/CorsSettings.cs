namespace PlanData.Api.Cors;

/// <summary>Configuration section "Cors".</summary>
public sealed class CorsSettings
{
    public const string Section = "Cors";

    /// <summary>
    /// Origins (scheme://host[:port]) whose pages may call the API from a browser, or "*" for any.
    /// Empty, the default: no cross-origin call is allowed and no CORS header is ever sent.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Every entry must be an origin as browsers send it (no path, not even a trailing slash: such an
    /// entry would never match and silently allow nothing), or the list is "*" alone.
    /// </summary>
    public bool IsValid() => AllowedOrigins is ["*"] || AllowedOrigins.All(IsOrigin);

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), value, StringComparison.OrdinalIgnoreCase);
}
