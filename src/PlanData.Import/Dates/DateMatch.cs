namespace PlanData.Import.Dates;

/// <summary>A date found in running text; the span starts at <c>ngày</c> when the text has it.</summary>
public sealed record DateMatch(DateOnly Date, int Index, int Length);
