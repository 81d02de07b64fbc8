using PlanData.Api.Http;

namespace PlanData.Api.Caching;

/// <summary>
/// A 200 response without errors, as it was written, with what the request log, the metrics and the
/// rate limiter knew about the request it answered.
/// </summary>
public sealed record CachedResponse(byte[] Body, string ContentType, string? ETag, GraphQLRequestFeature Request, GraphQLResultFeature Result)
{
    /// <summary>Stamped on each use, for least-recently-used eviction.</summary>
    public long LastUsed { get; set; }
}
