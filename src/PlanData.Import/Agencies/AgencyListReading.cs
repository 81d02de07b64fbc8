namespace PlanData.Import.Agencies;

/// <summary>The agencies read from the start of a text, and the text after them when reading stopped early.</summary>
public sealed record AgencyListReading(IReadOnlyList<AgencyMention> Agencies, string Remainder);
