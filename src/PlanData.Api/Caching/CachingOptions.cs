namespace PlanData.Api.Caching;

/// <summary>Configuration section "GraphQL": how long clients and shared caches may reuse a response.</summary>
public sealed class CachingOptions
{
    public const string Section = "GraphQL";

    /// <summary>max-age of cacheable GraphQL responses (GET and trusted operations).</summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;
}
