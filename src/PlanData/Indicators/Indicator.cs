using PlanData.Plans;

namespace PlanData.Indicators;

/// <summary>A measurable target stated in a plan.</summary>
public class Indicator
{
    public int Id { get; set; }

    /// <summary>Natural key, see <see cref="NaturalKeys.Indicator"/>.</summary>
    public required string Key { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Population { get; set; }
    public TargetComparator Comparator { get; set; }
    public double TargetValue { get; set; }

    /// <summary>For a range ("40 - 50", "20% - 50%"): its upper end; <see cref="TargetValue"/> is the lower one.</summary>
    public double? UpperValue { get; set; }

    /// <summary>Where a ranking or comparison holds, when a result names it ("≤ 3 Đông Nam Á; ≤ 50 Thế giới").</summary>
    public string? Scope { get; set; }

    /// <summary>For a count against a total ("30/34 chỉ tiêu"): the total.</summary>
    public double? OutOf { get; set; }
    public required string Unit { get; set; }
    public int? Year { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int? PlanItemId { get; set; }
    public PlanItem? PlanItem { get; set; }
    public int? PlanTaskId { get; set; }
    public PlanTask? PlanTask { get; set; }
    /// <summary>Order of appearance within the plan.</summary>
    public int Position { get; set; }
    public required string SourceText { get; set; }

    /// <summary>For a target read from a table: its result cell as printed ("≥ 3% và tăng dần theo yêu cầu phát triển").</summary>
    public string? TargetText { get; set; }

    /// <summary>The agencies the table names to monitor and evaluate it, in the order printed.</summary>
    public List<IndicatorMonitor> Monitors { get; set; } = [];
}
