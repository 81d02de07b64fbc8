namespace PlanData.Plans;

/// <summary>The contract's status rules: completion first, then the kind, then the window.</summary>
public static class PlanItemStatusRules
{
    public static PlanItemStatus StatusAsOf(this PlanItem item, DateOnly asOf) =>
        Compute(item.CompletedAtIssue, item.Schedule.Kind, item.Schedule.Start, item.Schedule.End, asOf);

    /// <summary>The same rules as an expression over the columns, so that status filters and sorts run in SQL.</summary>
    public static System.Linq.Expressions.Expression<Func<PlanItem, PlanItemStatus>> Expression(DateOnly asOf) =>
        item => item.CompletedAtIssue ? PlanItemStatus.Completed
            : item.Schedule.Kind == ScheduleKind.Recurring ? PlanItemStatus.Ongoing
            : item.Schedule.Start == null && item.Schedule.End == null ? PlanItemStatus.Unscheduled
            : item.Schedule.Start != null && asOf < item.Schedule.Start ? PlanItemStatus.NotStarted
            : item.Schedule.End != null && asOf > item.Schedule.End ? PlanItemStatus.PastDue
            : PlanItemStatus.InProgress;

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
