using PlanData.Import.Schedules;
using PlanData.Plans;

namespace PlanData.Import.Tests.Schedules;

public class ScheduleReaderTests
{
    [Theory]
    [InlineData("Tháng 02/2022", "Tháng 02/2022", "2022-02-01", "2022-02-28")]
    [InlineData("Tháng 9/2022.", "Tháng 9/2022", "2022-09-01", "2022-09-30")]
    [InlineData("Tháng 4/2022.", "Tháng 4/2022", "2022-04-01", "2022-04-30")]
    [InlineData("tháng 9 năm 2022", "tháng 9 năm 2022", "2022-09-01", "2022-09-30")]
    [InlineData("Tháng 02/2024", "Tháng 02/2024", "2024-02-01", "2024-02-29")]
    [InlineData("Trong tháng 12/2022", "Trong tháng 12/2022", "2022-12-01", "2022-12-31")]
    [InlineData("Tháng  9 / 2022", "Tháng 9 / 2022", "2022-09-01", "2022-09-30")]
    public void A_month_covers_its_first_to_last_day(string input, string text, string start, string end) =>
        AssertReads(input, text, ScheduleKind.Month, start, end);

    [Theory]
    [InlineData("Tháng 3-4/2022.", "Tháng 3-4/2022", "2022-03-01", "2022-04-30")]
    [InlineData("Tháng 3 – 4/2022", "Tháng 3 – 4/2022", "2022-03-01", "2022-04-30")]
    [InlineData("từ tháng 3 đến tháng 5/2022", "từ tháng 3 đến tháng 5/2022", "2022-03-01", "2022-05-31")]
    [InlineData("từ tháng 11/2020 đến tháng 10/2021", "từ tháng 11/2020 đến tháng 10/2021", "2020-11-01", "2021-10-31")]
    [InlineData("6 tháng đầu năm 2022", "6 tháng đầu năm 2022", "2022-01-01", "2022-06-30")]
    [InlineData("6 tháng cuối năm 2022", "6 tháng cuối năm 2022", "2022-07-01", "2022-12-31")]
    public void A_span_of_months_runs_from_the_first_months_start_to_the_last_months_end(string input, string text, string start, string end) =>
        AssertReads(input, text, ScheduleKind.MonthRange, start, end);

    [Theory]
    [InlineData("Quý I năm 2022.", "Quý I năm 2022", "2022-01-01", "2022-03-31")]
    [InlineData("Quý III năm 2022.", "Quý III năm 2022", "2022-07-01", "2022-09-30")]
    [InlineData("Quý IV/2022", "Quý IV/2022", "2022-10-01", "2022-12-31")]
    [InlineData("quý 2 năm 2022", "quý 2 năm 2022", "2022-04-01", "2022-06-30")]
    [InlineData("Trong Quý II/2023", "Trong Quý II/2023", "2023-04-01", "2023-06-30")]
    public void A_quarter_covers_its_three_months(string input, string text, string start, string end) =>
        AssertReads(input, text, ScheduleKind.Quarter, start, end);

    [Theory]
    [InlineData("năm 2022")]
    [InlineData("Năm 2022.")]
    [InlineData("Trong năm 2022")]
    public void A_year_covers_the_calendar_year(string input) =>
        AssertReads(input, input.TrimEnd('.'), ScheduleKind.Year, "2022-01-01", "2022-12-31");

    [Theory]
    [InlineData("Thường xuyên.", "Thường xuyên")]
    [InlineData("Nhiệm vụ thường xuyên.", "Nhiệm vụ thường xuyên")]
    [InlineData("Hằng năm", "Hằng năm")]
    [InlineData("Hàng năm", "Hàng năm")]
    [InlineData("Thường xuyên, liên tục", "Thường xuyên, liên tục")]
    public void A_recurring_duty_has_no_dates(string input, string text) =>
        AssertReads(input, text, ScheduleKind.Recurring, null, null);

    [Theory]
    [InlineData("Theo chương trình, kế hoạch của Trung ương và các tỉnh.", "Theo chương trình, kế hoạch của Trung ương và các tỉnh")]
    [InlineData("Theo Thông báo của tỉnh, thành phố chủ trì tổ chức.", "Theo Thông báo của tỉnh, thành phố chủ trì tổ chức")]
    [InlineData("Theo kế hoạch của Bộ Thông tin và Truyền thông", "Theo kế hoạch của Bộ Thông tin và Truyền thông")]
    [InlineData("Theo yêu cầu của UBND tỉnh", "Theo yêu cầu của UBND tỉnh")]
    public void A_deadline_set_by_someone_else_is_external_and_has_no_dates(string input, string text) =>
        AssertReads(input, text, ScheduleKind.External, null, null);

    [Theory]
    [InlineData("trước ngày 15/12/2022", "trước ngày 15/12/2022", "2022-12-15")]
    [InlineData("*trước ngày 30/11/2022*.", "trước ngày 30/11/2022", "2022-11-30")]
    [InlineData("ngày 15/12/2022", "ngày 15/12/2022", "2022-12-15")]
    [InlineData("Trước ngày 15 tháng 12 năm 2022", "Trước ngày 15 tháng 12 năm 2022", "2022-12-15")]
    [InlineData("Chậm nhất ngày 05/01/2023", "Chậm nhất ngày 05/01/2023", "2023-01-05")]
    [InlineData("hoàn thành trước tháng 9/2025", "hoàn thành trước tháng 9/2025", "2025-08-31")]
    [InlineData("trước tháng 9/2025", "trước tháng 9/2025", "2025-08-31")]
    [InlineData("trước tháng 3/2024", "trước tháng 3/2024", "2024-02-29")]
    [InlineData("Trước Quý III/2022", "Trước Quý III/2022", "2022-06-30")]
    [InlineData("Hoàn thành trước năm 2025", "Hoàn thành trước năm 2025", "2024-12-31")]
    public void A_deadline_day_ends_the_window_and_has_no_start(string input, string text, string end) =>
        AssertReads(input, text, ScheduleKind.Day, null, end);

    [Theory]
    [InlineData("từ ngày 01/10/2022 đến ngày 10/10/2022", "2022-10-01", "2022-10-10")]
    [InlineData("Từ ngày 25/12/2022 đến ngày 05/01/2023.", "2022-12-25", "2023-01-05")]
    [InlineData("từ ngày 01 đến ngày 10/10/2022", "2022-10-01", "2022-10-10")]
    [InlineData("Từ ngày 01 tháng 10 năm 2022 đến ngày 10 tháng 10 năm 2022", "2022-10-01", "2022-10-10")]
    public void A_span_of_days_is_a_day_range(string input, string start, string end) =>
        AssertReads(input, input.TrimEnd('.'), ScheduleKind.DayRange, start, end);

    [Theory]
    [InlineData("Tháng 02/2022 (*đã hoàn thành*).")]
    [InlineData("Tháng 02/2022 (đã hoàn thành)")]
    [InlineData("Tháng 02/2022 (Đã hoàn thành).")]
    [InlineData("(đã hoàn thành) Tháng 02/2022")]
    [InlineData("Tháng 02/2022 *(đã hoàn thành)*")]
    public void A_completion_note_anywhere_is_read_and_left_out_of_the_text(string input)
    {
        var reading = ScheduleReader.Read(input);

        Assert.NotNull(reading);
        Assert.True(reading.Completed);
        Assert.Equal("Tháng 02/2022", reading.Text);
        Assert.Equal(ScheduleKind.Month, reading.Kind);
        Assert.Equal(new DateOnly(2022, 2, 28), reading.End);
    }

    [Fact]
    public void Without_a_completion_note_it_is_not_completed() =>
        Assert.False(ScheduleReader.Read("Tháng 02/2022")!.Completed);

    [Fact]
    public void Decomposed_input_reads_like_composed_and_text_comes_back_composed()
    {
        var reading = ScheduleReader.Read("Quý III năm 2022".Normalize(System.Text.NormalizationForm.FormD));

        Assert.NotNull(reading);
        Assert.Equal(ScheduleKind.Quarter, reading.Kind);
        Assert.Equal("Quý III năm 2022", reading.Text);
    }

    [Theory]
    [InlineData("Khi có yêu cầu")]
    [InlineData("Cuối năm")]
    [InlineData("")]
    [InlineData("Tháng 13/2022")]
    [InlineData("ngày 31/02/2022")]
    [InlineData("trước ngày 32/12/2022")]
    [InlineData("Quý V năm 2022")]
    [InlineData("Tháng 5-3/2022")]
    [InlineData("từ tháng 10/2021 đến tháng 11/2020")]
    [InlineData("từ ngày 10/10/2022 đến ngày 01/10/2022")]
    [InlineData("13 tháng đầu năm 2022")]
    public void Unknown_forms_and_impossible_dates_read_as_nothing(string input) =>
        Assert.Null(ScheduleReader.Read(input));

    private static void AssertReads(string input, string text, ScheduleKind kind, string? start, string? end)
    {
        var reading = ScheduleReader.Read(input);

        Assert.NotNull(reading);
        Assert.Equal(text, reading.Text);
        Assert.Equal(kind, reading.Kind);
        Assert.Equal(start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), reading.Start);
        Assert.Equal(end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), reading.End);
        Assert.False(reading.Completed);
    }
}
