using PlanData.Querying;

namespace PlanData.Api.RateLimiting;

public static class RateLimitErrors
{
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The wait is also in the body, for browser clients that may not read a cross-origin Retry-After.</summary>
    public static PlanDataError TooManyRequests(int retryAfterSeconds) =>
        new PlanDataError(RateLimited, $"Too many requests from this client: try again in {retryAfterSeconds} s.")
            .With("retryAfter", retryAfterSeconds);
}
