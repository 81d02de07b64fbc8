using PlanData.Plans;

namespace PlanData.Import.Schedules;

/// <summary>The inclusive window a deadline names; null wherever the printed date cannot exist.</summary>
internal readonly record struct ScheduleWindow(ScheduleKind Kind, DateOnly? Start, DateOnly? End)
{
    public static readonly ScheduleWindow Recurring = new(ScheduleKind.Recurring, null, null);

    public static readonly ScheduleWindow External = new(ScheduleKind.External, null, null);

    public static ScheduleWindow? Month(int year, int month) => Months(ScheduleKind.Month, year, month, year, month);

    public static ScheduleWindow? MonthRange(int firstYear, int firstMonth, int lastYear, int lastMonth) =>
        Months(ScheduleKind.MonthRange, firstYear, firstMonth, lastYear, lastMonth);

    public static ScheduleWindow? Quarter(int year, int quarter) =>
        quarter is >= 1 and <= 4 ? Months(ScheduleKind.Quarter, year, (quarter * 3) - 2, year, quarter * 3) : null;

    public static ScheduleWindow? Year(int year) => Months(ScheduleKind.Year, year, 1, year, 12);

    public static ScheduleWindow? By(DateOnly? day) => day is { } d ? new(ScheduleKind.Day, null, d) : null;

    /// <summary>"trước tháng 9/2025": the deadline is the day before the named period begins.</summary>
    public static ScheduleWindow? Before(DateOnly? periodStart) => By(periodStart?.AddDays(-1));

    public static ScheduleWindow? Days(DateOnly? first, DateOnly? last) =>
        first is { } f && last is { } l && f <= l ? new(ScheduleKind.DayRange, f, l) : null;

    public static DateOnly? Date(int year, int month, int day) =>
        year is >= 1900 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static ScheduleWindow? Months(ScheduleKind kind, int firstYear, int firstMonth, int lastYear, int lastMonth) =>
        Date(firstYear, firstMonth, 1) is { } first && Date(lastYear, lastMonth, 1) is { } last && first <= last
            ? new(kind, first, last.AddMonths(1).AddDays(-1))
            : null;
}
