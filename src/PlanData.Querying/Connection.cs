namespace PlanData.Querying;

/// <summary>One page of a list: edges with cursors, page info, and the total count on demand.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public PageInfo PageInfo { get; } = pageInfo;

    /// <summary>Counted only when a client selects totalCount.</summary>
    public Func<CancellationToken, Task<int>> TotalCount { get; } = totalCount;

    public Connection<T> WithTotalCount(Func<CancellationToken, Task<int>> totalCount) => new(Edges, PageInfo, totalCount);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
