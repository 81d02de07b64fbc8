namespace PlanData.Plans;

public enum ScheduleKind
{
    Day,
    DayRange,
    Month,
    MonthRange,
    Quarter,
    Year,
    Recurring,
    External,
}
