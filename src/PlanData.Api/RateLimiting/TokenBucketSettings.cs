using System.Threading.RateLimiting;

namespace PlanData.Api.RateLimiting;

/// <summary>One client's bucket: <see cref="TokenLimit"/> requests at once, then <see cref="TokensPerPeriod"/> more every <see cref="ReplenishmentPeriod"/>.</summary>
public sealed record TokenBucketSettings
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsValid => TokenLimit >= 1 && TokensPerPeriod >= 1 && ReplenishmentPeriod > TimeSpan.Zero;

    /// <summary>No queue: a request over the limit is refused at once, never held.</summary>
    public TokenBucketRateLimiterOptions ToLimiterOptions() => new()
    {
        TokenLimit = TokenLimit,
        TokensPerPeriod = TokensPerPeriod,
        ReplenishmentPeriod = ReplenishmentPeriod,
        QueueLimit = 0,

        // The partitioned limiter replenishes every bucket from one timer.
        AutoReplenishment = false,
    };
}
