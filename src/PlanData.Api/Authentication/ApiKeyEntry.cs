namespace PlanData.Api.Authentication;

/// <summary>One issued API key (Auth:ApiKeys): only the SHA-256 of the key is configured, never the key.</summary>
public sealed class ApiKeyEntry
{
    /// <summary>The client the key was issued to: its name in rate limits and logs.</summary>
    public string Client { get; set; } = "";

    /// <summary>SHA-256 of the key's UTF-8 bytes, 64 hex digits (<c>printf %s "$KEY" | sha256sum</c>).</summary>
    public string Hash { get; set; } = "";

    public bool Revoked { get; set; }
}
