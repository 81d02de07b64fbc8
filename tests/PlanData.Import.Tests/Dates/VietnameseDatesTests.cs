using PlanData.Import.Dates;

namespace PlanData.Import.Tests.Dates;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData("theo Quyết định ngày 08/11/2021 của UBND", "ngày 08/11/2021", 2021, 11, 8)]
    [InlineData("Tờ trình ngày 7/3/2022, Trưởng Ban", "ngày 7/3/2022", 2022, 3, 7)]
    [InlineData("Công văn ngày 02 tháng 02 năm 2024 của Bộ", "ngày 02 tháng 02 năm 2024", 2024, 2, 2)]
    [InlineData("ban hành ngày 10 tháng 3 năm 2022.", "ngày 10 tháng 3 năm 2022", 2022, 3, 10)]
    [InlineData("báo cáo trước ngày 15/12/2022.", "ngày 15/12/2022", 2022, 12, 15)]
    [InlineData("Ngày 1/7/2016 Chính phủ", "Ngày 1/7/2016", 2016, 7, 1)]
    [InlineData("ngày  10   tháng  3  năm   2022", "ngày  10   tháng  3  năm   2022", 2022, 3, 10)]
    [InlineData("Quảng Ngãi, ngày\n10 tháng 3 năm 2022", "ngày\n10 tháng 3 năm 2022", 2022, 3, 10)]
    [InlineData("ngày 08-11-2021", "ngày 08-11-2021", 2021, 11, 8)]
    [InlineData("hoàn thành 30/6/2022 theo kế hoạch", "30/6/2022", 2022, 6, 30)]
    public void Finds_a_date_form(string text, string matched, int year, int month, int day)
    {
        var found = Assert.Single(VietnameseDates.FindAll(text));

        Assert.Equal(new DateOnly(year, month, day), found.Date);
        Assert.Equal(matched, text.Substring(found.Index, found.Length));
    }

    [Fact]
    public void Finds_every_date_in_a_range()
    {
        var found = VietnameseDates.FindAll("từ ngày 01/10/2022 đến ngày 10/10/2022");

        Assert.Equal([new DateOnly(2022, 10, 1), new DateOnly(2022, 10, 10)], found.Select(d => d.Date));
    }

    [Theory]
    [InlineData("ngày 31/02/2022")]
    [InlineData("ngày 29/02/2023")]
    [InlineData("ngày 31 tháng 4 năm 2022")]
    [InlineData("ngày 10/13/2022")]
    [InlineData("ngày 0/1/2022")]
    [InlineData("31/02/2022")]
    [InlineData("Tháng 02/2022")]
    [InlineData("Tháng 3-4/2022")]
    [InlineData("30/34 chỉ tiêu")]
    [InlineData("85/2016/NĐ-CP")]
    [InlineData("1/2/2022/QĐ")]
    [InlineData("ngày 08/11-2021")]
    public void Does_not_match(string text)
    {
        Assert.Empty(VietnameseDates.FindAll(text));
    }

    [Fact]
    public void Accepts_a_leap_day()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(VietnameseDates.FindAll("ngày 29/02/2024")).Date);
    }

    [Theory]
    [InlineData("Quảng Ngãi, ngày 10 tháng 3 năm 2022", "Quảng Ngãi", 2022, 3, 10)]
    [InlineData("Quảng Ngãi, ngày 02 tháng 02 năm 2022", "Quảng Ngãi", 2022, 2, 2)]
    [InlineData("  Hà  Nội ,  ngày  05  tháng  01  năm  2024  ", "Hà Nội", 2024, 1, 5)]
    [InlineData("TP. Hồ Chí Minh, ngày 7 tháng 9 năm 2023", "TP. Hồ Chí Minh", 2023, 9, 7)]
    [InlineData("Quảng Ngãi, ngày\n10 tháng 3 năm 2022", "Quảng Ngãi", 2022, 3, 10)]
    [InlineData("Quảng Ngãi, ngày 10/3/2022", "Quảng Ngãi", 2022, 3, 10)]
    [InlineData("ngày 10 tháng 3 năm 2022", "", 2022, 3, 10)]
    public void Parses_a_header_date_line(string line, string place, int year, int month, int day)
    {
        Assert.True(VietnameseDates.TryParseDateLine(line, out var parsedPlace, out var date));
        Assert.Equal(place, parsedPlace);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Quảng Ngãi, ngày 31 tháng 2 năm 2022")]
    [InlineData("Quảng Ngãi, ngày 10 tháng 3 năm 2022 về việc")]
    [InlineData("KẾ HOẠCH")]
    [InlineData("Số: 04 /KH-BCĐ")]
    public void Rejects_a_line_that_is_not_a_date_line(string line)
    {
        Assert.False(VietnameseDates.TryParseDateLine(line, out var place, out var date));
        Assert.Equal("", place);
        Assert.Equal(default, date);
    }
}
