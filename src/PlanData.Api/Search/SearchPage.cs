namespace PlanData.Api.Search;

/// <summary>One page of hits; the total is counted only when asked for.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool HasNextPage, bool HasPreviousPage, Func<CancellationToken, Task<int>> TotalCount)
{
    public static SearchPage Empty { get; } = new([], false, false, _ => Task.FromResult(0));
}
