using PlanData.Plans;

namespace PlanData.Tests.Plans;

public sealed class PlanItemStatusRulesTests
{
    private static readonly DateOnly _start = new(2022, 3, 1);
    private static readonly DateOnly _end = new(2022, 4, 30);

    [Theory]
    [InlineData("2022-02-28", PlanItemStatus.NotStarted)]
    [InlineData("2022-03-01", PlanItemStatus.InProgress)]
    [InlineData("2022-04-30", PlanItemStatus.InProgress)]
    [InlineData("2022-05-01", PlanItemStatus.PastDue)]
    public void A_window_is_compared_with_asOf_inclusively(string asOf, PlanItemStatus status) =>
        Assert.Equal(status, PlanItemStatusRules.Compute(false, ScheduleKind.MonthRange, _start, _end, DateOnly.Parse(asOf)));

    [Fact]
    public void Completion_recorded_in_the_plan_wins_over_any_date() =>
        Assert.Equal(PlanItemStatus.Completed, PlanItemStatusRules.Compute(true, ScheduleKind.Month, _start, _end, new DateOnly(2030, 1, 1)));

    [Fact]
    public void Recurring_duties_are_ongoing() =>
        Assert.Equal(PlanItemStatus.Ongoing, PlanItemStatusRules.Compute(false, ScheduleKind.Recurring, null, null, new DateOnly(2022, 1, 1)));

    [Fact]
    public void Without_dates_an_item_is_unscheduled() =>
        Assert.Equal(PlanItemStatus.Unscheduled, PlanItemStatusRules.Compute(false, ScheduleKind.External, null, null, new DateOnly(2022, 1, 1)));

    [Theory]
    [InlineData("2022-12-15", PlanItemStatus.InProgress)]
    [InlineData("2022-12-16", PlanItemStatus.PastDue)]
    public void A_deadline_without_a_start_is_in_progress_until_it_passes(string asOf, PlanItemStatus status) =>
        Assert.Equal(status, PlanItemStatusRules.Compute(false, ScheduleKind.Day, null, new DateOnly(2022, 12, 15), DateOnly.Parse(asOf)));
}
