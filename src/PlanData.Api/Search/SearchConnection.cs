using PlanData.Querying;

namespace PlanData.Api.Search;

/// <summary>One page of search results; the total is counted only when a client selects it.</summary>
public sealed record SearchConnection(IReadOnlyList<SearchEdge> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> TotalCount);
