namespace PlanData.Plans;

/// <summary>When an item is due: the printed text and the window it names.</summary>
public class Schedule
{
    public required string Text { get; set; }
    public ScheduleKind Kind { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
}
