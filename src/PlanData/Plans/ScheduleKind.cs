namespace PlanData.Plans;

public enum ScheduleKind
{
    Day,
    Month,
    MonthRange,
    Quarter,
    Year,
    Recurring,
    External,
}
