namespace PlanData.Plans;

public enum PlanItemStatus
{
    Completed,
    NotStarted,
    InProgress,
    PastDue,
    Ongoing,
    Unscheduled,
}
