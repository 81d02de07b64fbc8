using PlanData.Import.Normalization;
using PlanData.Import.Structure;
using PlanData.Import.Tests.Normalization;

namespace PlanData.Import.Tests.Structure;

public sealed class ContentParserTests
{
    [Fact]
    public void The_seed_content_gives_eleven_items_numbered_1_to_11_with_no_section()
    {
        var body = StructureParser.Parse(SeedText.Lines()).SectionOf(SectionKind.Content)!.Body;

        var items = ContentParser.Parse(body, new HashSet<int>());

        Assert.Equal(Enumerable.Range(1, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), items.Select(i => i.Code));
        Assert.All(items, i => Assert.Null(i.Section));
        Assert.All(items, i => Assert.Empty(i.Columns));
        Assert.Equal("Khai trương và đưa vào vận hành thử nghiệm Trung tâm điều hành thông minh tỉnh", items[2].Title);
        Assert.Equal([33, 35, 37, 39], items[2].Lines.Select(l => l.First));
    }

    [Fact]
    public void Numbered_entries_are_items_and_the_lines_under_them_theirs()
    {
        var items = Parse(
            "1. Ban hành Quy chế hoạt động",
            "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
            "- Thời gian hoàn thành: Tháng 02/2022.",
            "2. Họp Phiên thứ 2 Ban Chỉ đạo",
            "- Thời gian: Tháng 9/2022.");

        Assert.Equal([("1", "Ban hành Quy chế hoạt động", 3), ("2", "Họp Phiên thứ 2 Ban Chỉ đạo", 2)], items.Select(i => (i.Code, i.Title, i.Lines.Count)));
        Assert.Equal("- Thời gian: Tháng 9/2022.", items[1].Lines[^1].Text);
    }

    [Fact]
    public void Sub_numbered_items_are_grouped_under_their_heading()
    {
        var mapped = new HashSet<int>();
        var items = Parse(
            mapped,
            "1. Phát triển hạ tầng số",
            "1.1. Nâng cấp Trung tâm dữ liệu tỉnh",
            "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
            "1.2. Phủ sóng băng rộng di động",
            "2. Phát triển dữ liệu số",
            "2.1. Rà soát mã định danh điện tử",
            "- Thời hạn hoàn thành: Trước ngày 30/6/2025.");

        Assert.Equal(
            [
                ("1.1", "Nâng cấp Trung tâm dữ liệu tỉnh", "1. Phát triển hạ tầng số"),
                ("1.2", "Phủ sóng băng rộng di động", "1. Phát triển hạ tầng số"),
                ("2.1", "Rà soát mã định danh điện tử", "2. Phát triển dữ liệu số"),
            ],
            items.Select(i => (i.Code, i.Title, i.Section)));
        Assert.Equal(2, items[0].Lines.Count);
        Assert.Single(items[1].Lines);
        Assert.Equal([1, 5], mapped.Order());
    }

    [Fact]
    public void Lettered_labelled_fields_belong_to_the_item_above()
    {
        var items = Parse(
            "11. Chỉ đạo, theo dõi và đôn đốc",
            "a) Chỉ tiêu, nhiệm vụ trọng tâm:",
            "- Đẩy mạnh phổ cập cáp quang băng rộng.",
            "b) Chủ trì tham mưu: Sở Thông tin và Truyền thông.",
            "c) Cơ quan phối hợp: Thành viên Ban Chỉ đạo.",
            "d) Thời gian: Thường xuyên.");

        var item = Assert.Single(items);
        Assert.Equal("11", item.Code);
        Assert.Equal(6, item.Lines.Count);
        Assert.True(FieldLabel.TryRead(item.Lines[3].Text, out var field, out var label, out _));
        Assert.Equal((FieldKind.Agencies, PlanData.Plans.AssignmentRole.Advisory, "Chủ trì tham mưu"), (field.Kind, field.Role, label));
    }

    [Fact]
    public void A_table_gives_one_item_a_row_with_its_cells_under_their_headers()
    {
        var mapped = new HashSet<int>();
        var items = Parse(
            mapped,
            "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
            "| 1 | Ban hành Quy chế hoạt động | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh | Tháng 02/2022 |",
            "| 2. | Họp Phiên thứ 2 Ban Chỉ đạo | Sở Thông tin và Truyền thông | Thành viên Ban Chỉ đạo | Tháng 9/2022 |");

        Assert.Equal([("1", "Ban hành Quy chế hoạt động"), ("2", "Họp Phiên thứ 2 Ban Chỉ đạo")], items.Select(i => (i.Code, i.Title)));
        Assert.Equal(
            [
                ("TT", "2."),
                ("Nội dung", "Họp Phiên thứ 2 Ban Chỉ đạo"),
                ("Cơ quan chủ trì", "Sở Thông tin và Truyền thông"),
                ("Cơ quan phối hợp", "Thành viên Ban Chỉ đạo"),
                ("Thời gian", "Tháng 9/2022"),
            ],
            items[1].Columns);
        Assert.Equal([2, 3], items.Select(i => Assert.Single(i.Lines).First));
        Assert.Equal([1], mapped);
    }

    [Fact]
    public void A_row_before_any_header_row_or_of_another_width_is_no_item()
    {
        var items = Parse(
            "| 1 | Ban hành Quy chế hoạt động | Sở Thông tin và Truyền thông |",
            "| TT | Nội dung | Cơ quan chủ trì |",
            "| 2 | Họp Phiên thứ 2 Ban Chỉ đạo |");

        Assert.Empty(items);
    }

    [Fact]
    public void Lines_after_a_table_row_are_not_added_to_it()
    {
        var items = Parse(
            "| TT | Nội dung | Thời gian |",
            "| 1 | Ban hành Quy chế hoạt động | Tháng 02/2022 |",
            "Ghi chú: các nhiệm vụ trên được cập nhật hằng quý.");

        Assert.Single(Assert.Single(items).Lines);
    }

    [Theory]
    [InlineData("3. Khai trương Trung tâm điều hành thông minh", "3", "Khai trương Trung tâm điều hành thông minh")]
    [InlineData("1.2. Phủ sóng băng rộng di động", "1.2", "Phủ sóng băng rộng di động")]
    [InlineData("10.Ký kết chương trình hợp tác", "10", "Ký kết chương trình hợp tác")]
    public void Numbered_entries_are_read(string text, string code, string rest)
    {
        Assert.True(NumberedEntry.TryRead(text, out var actualCode, out var actualRest));
        Assert.Equal((code, rest), (actualCode, actualRest));
    }

    [Theory]
    [InlineData("2022. Năm chuyển đổi số")]
    [InlineData("- 1. Ban hành")]
    [InlineData("Tháng 02/2022.")]
    public void Other_lines_are_not_numbered_entries(string text) =>
        Assert.False(NumberedEntry.TryRead(text, out _, out _));

    private static IReadOnlyList<ItemBlock> Parse(params string[] lines) => Parse(new HashSet<int>(), lines);

    private static IReadOnlyList<ItemBlock> Parse(HashSet<int> mapped, params string[] lines) =>
        ContentParser.Parse(TextNormalizer.Normalize(string.Join("\n", lines), out _), mapped);
}
