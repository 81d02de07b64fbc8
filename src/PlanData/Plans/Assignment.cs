using PlanData.Agencies;

namespace PlanData.Plans;

/// <summary>An agency named in an item, in the role its label gives.</summary>
public class Assignment
{
    public int Id { get; set; }
    public int PlanItemId { get; set; }
    public PlanItem? Item { get; set; }
    public int AgencyId { get; set; }
    public Agency? Agency { get; set; }
    public AssignmentRole Role { get; set; }
    public required string Label { get; set; }

    /// <summary>Order in which the item names its agencies.</summary>
    public int Position { get; set; }
}
