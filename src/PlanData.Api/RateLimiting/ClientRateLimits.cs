namespace PlanData.Api.RateLimiting;

/// <summary>The buckets of one named client; what its configuration leaves out comes from the defaults.</summary>
public sealed class ClientRateLimits
{
    public required TokenBucketSettings AdHoc { get; set; }

    public required TokenBucketSettings Trusted { get; set; }
}
