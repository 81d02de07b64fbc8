using System.Text;
using PlanData.Import.Normalization;

namespace PlanData.Import.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Decomposed_input_comes_out_composed()
    {
        var decomposed = "Cơ quan chủ trì: Sở Thông tin và Truyền thông.".Normalize(NormalizationForm.FormD);

        var lines = TextNormalizer.Normalize(decomposed, out var raw);

        Assert.Equal("Cơ quan chủ trì: Sở Thông tin và Truyền thông.", Assert.Single(lines).Text);
        Assert.True(lines[0].Text.IsNormalized(NormalizationForm.FormC));
        Assert.True(raw[0].IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("KẾ HOẠCH\r\n\r\nHoạt động năm 2022\r\n")]
    [InlineData("KẾ HOẠCH\r\rHoạt động năm 2022\r")]
    [InlineData("KẾ HOẠCH\n\nHoạt động năm 2022\n")]
    [InlineData("KẾ HOẠCH\r\n\rHoạt động năm 2022")]
    public void Every_kind_of_line_ending_counts_lines_alike(string text)
    {
        var lines = TextNormalizer.Normalize(text, out var raw);

        Assert.Equal(["KẾ HOẠCH", "Hoạt động năm 2022"], lines.Select(l => l.Text));
        Assert.Equal([1, 3], lines.Select(l => l.First));
        Assert.DoesNotContain(raw, r => r.Contains('\r'));
    }

    [Theory]
    [InlineData("Tháng 02/2022 (*đã hoàn thành*).", "Tháng 02/2022 (đã hoàn thành).")]
    [InlineData("báo cáo năm *trước ngày 30/11/2022*.", "báo cáo năm trước ngày 30/11/2022.")]
    [InlineData("*Ban Chỉ đạo* và *Tổ giúp việc*", "Ban Chỉ đạo và Tổ giúp việc")]
    public void Emphasis_markers_are_removed_and_their_words_kept(string line, string expected) =>
        Assert.Equal(expected, TextNormalizer.Clean(line));

    [Theory]
    [InlineData("Ghi chú * các chỉ tiêu ước tính")]
    [InlineData("* Ghi chú: các chỉ tiêu ước tính")]
    [InlineData("Chỉ tiêu (*)")]
    public void A_lone_asterisk_is_kept(string line) =>
        Assert.Equal(line, TextNormalizer.Clean(line));

    [Fact]
    public void White_space_runs_are_collapsed_and_the_line_trimmed() =>
        Assert.Equal("Cơ quan chủ trì: Sở Y tế.", TextNormalizer.Clean(" \tCơ quan  chủ\u00A0trì:\t Sở Y tế.  "));

    [Fact]
    public void The_seed_heading_broken_across_a_blank_line_is_one_logical_line_with_both_source_lines()
    {
        var heading = SeedText.Line(118);

        Assert.Equal("1. Giao Sở Thông tin và Truyền thông - Cơ quan thường trực Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi", heading.Text);
        Assert.Equal([118, 120], heading.Lines);
        Assert.Equal(118, heading.First);
        Assert.Equal(120, heading.Last);
        Assert.DoesNotContain(SeedText.Lines(), l => l.First == 120);
    }

    [Fact]
    public void The_raw_text_of_a_joined_line_keeps_each_source_line_as_printed()
    {
        var lines = TextNormalizer.Normalize("1. Giao Sở Thông tin - Cơ quan thường trực Ban Chỉ\n\nđạo *chuyển đổi số*", out _);

        var line = Assert.Single(lines);
        Assert.Equal("1. Giao Sở Thông tin - Cơ quan thường trực Ban Chỉ đạo chuyển đổi số", line.Text);
        Assert.Equal("1. Giao Sở Thông tin - Cơ quan thường trực Ban Chỉ\nđạo *chuyển đổi số*", line.Raw);
    }

    [Theory]
    [InlineData("b) Chủ trì tham mưu: Sở Thông tin và Truyền thông", "c) Cơ quan phối hợp: Thành viên Ban Chỉ đạo")]
    [InlineData("b) Chủ trì tham mưu: Sở Thông tin và Truyền thông", "đ) Cơ quan phối hợp: Thành viên Ban Chỉ đạo")]
    [InlineData("Cơ quan phối hợp: các sở, ban, ngành", "- Tham gia phối hợp thực hiện")]
    [InlineData("Cơ quan phối hợp: các sở, ban, ngành", "+ tham gia phối hợp thực hiện")]
    public void A_lower_case_list_marker_line_is_not_joined(string first, string second)
    {
        var lines = TextNormalizer.Normalize($"{first}\n\n{second}", out _);

        Assert.Equal([first, second], lines.Select(l => l.Text));
        Assert.Equal([1, 3], lines.Select(l => l.First));
    }

    [Theory]
    [InlineData("Thời gian hoàn thành: Quý I năm 2022.")]
    [InlineData("a) Chỉ tiêu, nhiệm vụ trọng tâm:")]
    [InlineData("- Cơ quan phối hợp: Tập đoàn VNPT;")]
    public void A_line_after_one_that_ends_a_sentence_clause_or_entry_is_not_joined(string first)
    {
        var lines = TextNormalizer.Normalize($"{first}\nđẩy mạnh phát triển hạ tầng số", out _);

        Assert.Equal([first, "đẩy mạnh phát triển hạ tầng số"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("Quảng Ngãi, ngày\n10 tháng 3 năm 2022", "Quảng Ngãi, ngày 10 tháng 3 năm 2022", 2)]
    [InlineData("Quảng Ngãi, ngày\n\n05 tháng 3 năm 2025", "Quảng Ngãi, ngày 05 tháng 3 năm 2025", 3)]
    [InlineData("Quảng Ngãi, Ngày\n10/3/2022", "Quảng Ngãi, Ngày 10/3/2022", 2)]
    [InlineData("- Báo cáo UBND tỉnh trước ngày\n15/12/2022.", "- Báo cáo UBND tỉnh trước ngày 15/12/2022.", 2)]
    public void A_date_split_after_ngay_is_joined(string text, string joined, int last)
    {
        var line = Assert.Single(TextNormalizer.Normalize(text, out _));

        Assert.Equal(joined, line.Text);
        Assert.Equal([1, last], line.Lines);
    }

    [Theory]
    [InlineData("II. CÔNG VIỆC HẰNG NGÀY", "1. Cập nhật dữ liệu")]
    [InlineData("Theo dõi tình hình hằng ngày", "2022 là năm chuyển đổi số")]
    [InlineData("Tổ chức Ngày", "10 hoạt động hưởng ứng")]
    public void A_line_after_ngay_that_is_no_date_is_not_joined(string first, string second) =>
        Assert.Equal([first, second], TextNormalizer.Normalize($"{first}\n{second}", out _).Select(l => l.Text));

    [Fact]
    public void A_line_starting_in_upper_case_is_not_joined() =>
        Assert.Equal(2, TextNormalizer.Normalize("Cơ quan phối hợp: Sở Y tế\nThời gian: Quý I năm 2022", out _).Count);

    [Fact]
    public void Blank_lines_give_no_logical_line_but_keep_the_numbering()
    {
        var lines = TextNormalizer.Normalize("  \n\nSố: 04 /KH-BCĐ\n\t\nKẾ HOẠCH", out var raw);

        Assert.Equal([3, 5], lines.Select(l => l.First));
        Assert.Equal(5, raw.Count);
    }

    [Theory]
    [InlineData("I. KẾT QUẢ\nĐẠT ĐƯỢC\n1. Về nhận\nthức số", new[] { "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Về nhận thức số" })]
    [InlineData("I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg", new[] { "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Quyết định số 924/QĐ-TTg" })]
    // A heading that ended, or capitals that open another heading, stand alone.
    [InlineData("I. MỤC TIÊU.\nKẾ HOẠCH", new[] { "I. MỤC TIÊU.", "KẾ HOẠCH" })]
    [InlineData("I. MỤC TIÊU\nII. NỘI DUNG", new[] { "I. MỤC TIÊU", "II. NỘI DUNG" })]
    [InlineData("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2023", new[] { "KẾ HOẠCH", "CHUYỂN ĐỔI SỐ NĂM 2023" })]
    public void A_heading_in_capitals_broken_over_lines_is_one_line(string text, string[] expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text, out _).Select(l => l.Text));
}
