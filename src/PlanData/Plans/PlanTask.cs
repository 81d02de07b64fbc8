using PlanData.Indicators;

namespace PlanData.Plans;

/// <summary>A sub-task or target listed under an item.</summary>
public class PlanTask
{
    public int Id { get; set; }
    public int PlanItemId { get; set; }
    public PlanItem? PlanItem { get; set; }
    public int Number { get; set; }
    public required string Text { get; set; }
    public List<Indicator> Indicators { get; set; } = [];
}
