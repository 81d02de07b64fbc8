namespace PlanData.Import.Signatures;

/// <summary>Who signed, the title signed under, and the capacity (TM./KT./Q./TL./TUQ. forms as printed).</summary>
public sealed record SignatureReading(string Name, string Position, string? Capacity);
