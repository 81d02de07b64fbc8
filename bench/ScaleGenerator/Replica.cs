using PlanData.Seeding;

namespace PlanData.Bench;

/// <summary>What one fictitious province adds: its jurisdiction, its own agencies and its copy of the seed plan.</summary>
public sealed record Replica(JurisdictionEntry Jurisdiction, IReadOnlyList<AgencyEntry> Agencies, PlanFile Plan);
