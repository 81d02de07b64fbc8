using PlanData.Import.Reports;
using PlanData.Seeding;

namespace PlanData.Import;

/// <summary>A document read: its structured form (null when it was refused), the agencies and jurisdictions it added, and the report.</summary>
public sealed record ImportResult(PlanFile? Plan, IReadOnlyList<AgencyEntry> NewAgencies, ImportReport Report, IReadOnlyList<JurisdictionEntry>? NewJurisdictions = null);
