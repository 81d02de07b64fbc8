using PlanData.Import.Reports;

namespace PlanData.Import.Database;

/// <summary>The reports of one import run; <see cref="Succeeded"/> when the database took every document.</summary>
public sealed record ImportOutcome(IReadOnlyList<ImportReport> Reports, bool Succeeded);
