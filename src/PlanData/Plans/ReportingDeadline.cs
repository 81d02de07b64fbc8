using PlanData.Agencies;

namespace PlanData.Plans;

/// <summary>A dated reporting duty stated in a plan.</summary>
public class ReportingDeadline
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ReporterId { get; set; }
    public Agency? Reporter { get; set; }
    public int? ReportToId { get; set; }
    public Agency? ReportTo { get; set; }
    public DateOnly DueBy { get; set; }
    public required string Description { get; set; }
    public int Position { get; set; }
    public int Line { get; set; }
}
