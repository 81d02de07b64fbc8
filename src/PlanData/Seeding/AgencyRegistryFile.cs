using PlanData.Agencies;

namespace PlanData.Seeding;

/// <summary>The shape of seed/agencies.json (see seed/README.md).</summary>
public sealed record AgencyRegistryFile(IReadOnlyList<JurisdictionEntry> Jurisdictions, IReadOnlyList<AgencyEntry> Agencies);

public sealed record JurisdictionEntry(string Code, string Name, JurisdictionLevel Level, string? Note = null, string? Source = null);

public sealed record AgencyEntry(
    string Code,
    string Name,
    string? ShortName,
    IReadOnlyList<string> Aliases,
    AgencyKind Kind,
    string Jurisdiction,
    bool IsCollective,
    string? Parent,
    string? Successor,
    DateOnly? DissolvedOn,
    string? Source);
