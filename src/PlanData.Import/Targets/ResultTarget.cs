using PlanData.Indicators;

namespace PlanData.Import.Targets;

/// <summary>
/// One target of a table's result cell: "≥ 80" (AT_LEAST 80), "40 - 50" (from 40 up to 50), "≤ 3 Đông Nam Á" (with its scope).
/// </summary>
/// <param name="Upper">A range's upper end; null for a single value.</param>
/// <param name="Share">Whether the cell prints the value as a share ("100%").</param>
/// <param name="Scope">The name after the value saying where the target holds ("Đông Nam Á", "Thế giới"), see <see cref="TargetScopes"/>.</param>
public sealed record ResultTarget(TargetComparator Comparator, double Value, double? Upper, bool Share, string? Scope);
