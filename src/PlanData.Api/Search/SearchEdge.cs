namespace PlanData.Api.Search;

/// <summary>A search hit with its entity loaded.</summary>
public sealed record SearchEdge(string Cursor, object Node, double Score, string? Highlight);
