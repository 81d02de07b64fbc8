using PlanData.Seeding;

namespace PlanData.Import.Agencies;

/// <summary>An agency named in running text: what it resolved to and the words as printed.</summary>
public sealed record AgencyMention(AgencyEntry Agency, string Printed, bool IsNew);
