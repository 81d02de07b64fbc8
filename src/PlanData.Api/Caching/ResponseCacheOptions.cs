namespace PlanData.Api.Caching;

/// <summary>Configuration section "GraphQL:ResponseCache": the server-side cache of whole responses.</summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "GraphQL:ResponseCache";

    public bool Enabled { get; set; } = true;

    /// <summary>The most the cached responses may hold together; the least recently used go first.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A larger response is not kept: an export read once would push out the dashboards' answers.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;
}
