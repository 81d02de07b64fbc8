using PlanData.Api.Caching;
using PlanData.Api.TrustedOperations;

namespace PlanData.Api.Transport;

/// <summary>
/// Stage 2's result: either an answer already decided (a stored response, or 304 to a client whose copy is
/// current), or a request let through with its document, its response-cache key and its entity tag.
/// </summary>
public sealed record AdmittedRequest(ReadRequest Read, RequestDocument? Document, ResponseCacheKey? CacheKey, string? ETag)
{
    /// <summary>A stored response to send as it is.</summary>
    public CachedResponse? Cached { get; init; }

    /// <summary>The client's copy is current: 304, nothing to run.</summary>
    public bool NotModified { get; init; }

    public bool IsAnswered => Cached is not null || NotModified;
}
