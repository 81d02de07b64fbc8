using PlanData.Import.Normalization;

namespace PlanData.Import.Structure;

/// <summary>The lines of one plan item, or one row of an item table with its column headers.</summary>
public sealed record ItemBlock(string Code, string Title, string? Section, IReadOnlyList<SourceLine> Lines, IReadOnlyList<(string Header, string Cell)> Columns);
