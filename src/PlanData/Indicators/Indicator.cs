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
}
