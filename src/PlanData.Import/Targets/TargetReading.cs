using PlanData.Indicators;

namespace PlanData.Import.Targets;

/// <summary>
/// One measurable target read from a sentence: "Đạt tối thiểu 70% hộ gia đình có cáp quang",
/// or a progress count "30/34 chỉ tiêu" (Value 30, OutOf 34).
/// </summary>
public sealed record TargetReading(
    string Code,
    string Name,
    string? Population,
    TargetComparator Comparator,
    double Value,
    string Unit,
    double? OutOf,
    string SourceText);
