namespace PlanData.Import.Headers;

/// <summary>A piece of the header (a cell, or the part of a cell a reader took) and the source lines it came from.</summary>
public sealed record HeaderPart(string Text, IReadOnlyList<int> Lines);
