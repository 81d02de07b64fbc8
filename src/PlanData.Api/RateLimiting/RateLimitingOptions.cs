namespace PlanData.Api.RateLimiting;

/// <summary>
/// Configuration section "RateLimiting": a token bucket per client for ad-hoc documents and a more
/// generous one for trusted operations, which cost a known amount and are what integrations page with.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>A dashboard that loads 30 widgets at once uses 30; a script looping as fast as it can is held to 50 a second.</summary>
    public TokenBucketSettings AdHoc { get; set; } = new() { TokenLimit = 100, TokensPerPeriod = 50 };

    /// <summary>Paging through everything one page after another, at about 6 ms a page, is about 170 a second.</summary>
    public TokenBucketSettings Trusted { get; set; } = new() { TokenLimit = 500, TokensPerPeriod = 250 };

    /// <summary>Buckets of their own for clients named (in any case) by API key, token subject or application id.</summary>
    public Dictionary<string, ClientRateLimits> Clients { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TokenBucketSettings BucketOf(string? clientName, bool trusted)
    {
        var limits = clientName is not null && Clients.TryGetValue(clientName, out var own) ? own : null;
        return trusted ? limits?.Trusted ?? Trusted : limits?.AdHoc ?? AdHoc;
    }

    public bool IsValid => AdHoc.IsValid && Trusted.IsValid && Clients.Values.All(c => c.AdHoc.IsValid && c.Trusted.IsValid);
}
