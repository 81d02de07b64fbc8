using PlanData.Search;

namespace PlanData.Api.Search;

/// <summary>
/// One hit: which entity (<see cref="SearchKinds"/> and its natural key), how well it matched
/// (higher is better), its highlighted text, and the cursor that continues after it.
/// </summary>
public sealed record SearchHit(string Kind, string EntityKey, double Score, string? Highlight, string Cursor);
