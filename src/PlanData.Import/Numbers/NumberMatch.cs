namespace PlanData.Import.Numbers;

public sealed record NumberMatch(DocumentNumber Number, int Index, int Length);
