namespace PlanData.Plans;

/// <summary>The contract's status rules: completion first, then the kind, then the window.</summary>
public static class PlanItemStatusRules
{
    public static PlanItemStatus StatusAsOf(this PlanItem item, DateOnly asOf) =>
        Compute(item.CompletedAtIssue, item.Schedule.Kind, item.Schedule.Start, item.Schedule.End, asOf);

    public static PlanItemStatus Compute(bool completedAtIssue, ScheduleKind kind, DateOnly? start, DateOnly? end, DateOnly asOf)
    {
        if (completedAtIssue)
        {
            return PlanItemStatus.Completed;
        }

        if (kind == ScheduleKind.Recurring)
        {
            return PlanItemStatus.Ongoing;
        }

        if (start is null && end is null)
        {
            return PlanItemStatus.Unscheduled;
        }

        if (start is { } s && asOf < s)
        {
            return PlanItemStatus.NotStarted;
        }

        return end is { } e && asOf > e ? PlanItemStatus.PastDue : PlanItemStatus.InProgress;
    }
}
