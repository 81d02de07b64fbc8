using PlanData.Import.Assembly;
using PlanData.Import.Tests.Oracle;
using PlanData.Import.Tests.Sources;
using PlanData.Indicators;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Indicators;

/// <summary>
/// A plan written for these tests (binh-dinh-245-KH-UBND-2024.txt) whose purposes hold an indicator table laid out
/// otherwise than 03/NQ-CP's: STT | Chỉ tiêu | Đơn vị tính | Mục tiêu năm 2025 | Đơn vị chủ trì, no groups, words and
/// symbols for comparators, a thousands dot, a range, a scope, an empty unit cell, a qualitative row and an agency
/// the registry lacks; read as a "|" text rendering and as a Word table.
/// </summary>
public sealed class IndicatorTableDocumentTests : IDisposable
{
    private static readonly string _document = Path.Combine(Repository.Root, "tests", "PlanData.Import.Tests", "Indicators", "binh-dinh-245-KH-UBND-2024.txt");

    private static readonly string[] _lines = File.ReadAllLines(_document);

    // Read by eye from the table: code, comparator, value, upper, unit, scope, year, monitoring agencies.
    private static readonly string[] _expected =
    [
        "chi-tieu-1 AT_LEAST 80 % 2025 [Tối thiểu 80%] binh-dinh/van-phong-ubnd",
        "chi-tieu-2 EQUAL 100 % 2025 [100] binh-dinh/so-tttt",
        "chi-tieu-3 EQUAL 1000 Doanh nghiệp 2025 [1.000] binh-dinh/so-khdt",
        "chi-tieu-4 AT_LEAST 15..20 % 2025 [15 - 20] binh-dinh/so-khdt binh-dinh/cuc-thong-ke-tinh",
        "chi-tieu-5 AT_MOST 3 Ngày 2025 [Không quá 3] binh-dinh/so-noi-vu",
        "chi-tieu-6 AT_MOST 20 Thứ bậc (cả nước) 2025 [≤ 20 cả nước] binh-dinh/so-tttt",
        "chi-tieu-8 AT_LEAST 70 % 2025 [70% trở lên] binh-dinh/so-noi-vu",
    ];

    private readonly string _docx = Path.Combine(Path.GetTempPath(), $"indicator-table-{Guid.NewGuid():N}.docx");

    public void Dispose() => File.Delete(_docx);

    [Fact]
    public void Each_numeric_row_of_the_text_table_is_an_indicator_after_the_sentence_target_before_it()
    {
        var plan = Import(_lines);

        Assert.Equal(_expected, Table(plan));
        var sentence = plan.Plan.Indicators[0];
        Assert.Equal(("nguoi-dan-co-danh-tinh-so", TargetComparator.MoreThan, 90.0, null, null), (sentence.Code, sentence.Comparator, sentence.TargetValue, sentence.TargetText, sentence.MonitoredBy));
        var share = plan.Plan.Indicators.Single(i => i.Code == "chi-tieu-8");
        Assert.Equal(("Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số", "8 | Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số | 70% trở lên | Sở Nội vụ"), (share.Name, share.SourceText));
    }

    [Fact]
    public void The_table_is_neither_purposes_nor_items_and_only_its_qualitative_row_and_new_agency_are_reported()
    {
        var result = PlanImporter.Import(string.Join("\n", _lines), "binh-dinh.txt", "", Repository.Registry);
        var plan = result.Plan!;

        Assert.Equal(["Phấn đấu đến hết năm 2025, trên 90% người dân có danh tính số.", "Các chỉ tiêu chủ yếu năm 2025:"], plan.Plan.Purposes);
        Assert.Equal(["Hoàn thiện Cổng dịch vụ công của tỉnh"], plan.Plan.Items.Select(i => i.Title));
        Assert.Equal(
            [("unknown-agency", 24, "Cục Thống kê tỉnh"), (IndicatorTableAssembler.Unmeasured, 27, "7 | Mức độ hài lòng của người dân | Cao hơn năm 2024 | Sở Nội vụ")],
            result.Report.Messages.Select(m => (m.Code, m.Line!.Value, m.Text)));
        Assert.Equal((32, 31), (result.Report.LineCount, result.Report.MappedLineCount));
        Assert.Contains(result.NewAgencies, a => a.Code == "binh-dinh/cuc-thong-ke-tinh");
    }

    [Fact]
    public void Without_a_year_in_the_result_header_the_year_is_the_documents()
    {
        var lines = _lines.Select(l => l.Replace("| Mục tiêu năm 2025 |", "| Mục tiêu |", StringComparison.Ordinal)).ToArray();

        var plan = Import(lines);

        Assert.Equal(_expected.Select(e => e.Replace(" 2025 [", " 2024 [", StringComparison.Ordinal)), Table(plan));
    }

    [Fact]
    public void A_table_in_the_content_section_gives_indicators_and_no_items()
    {
        var table = _lines.Where(l => l.StartsWith('|')).ToArray();
        var content = Array.IndexOf(_lines, "II. NỘI DUNG");
        var lines = _lines.Take(content + 1).Where(l => !l.StartsWith('|')).Concat(["", .. table]).Concat(_lines.Skip(content + 1)).ToArray();

        var plan = Import(lines);

        Assert.Equal(_expected, Table(plan));
        Assert.Equal(["Hoàn thiện Cổng dịch vụ công của tỉnh"], plan.Plan.Items.Select(i => i.Title));
    }

    [Fact]
    public void The_same_table_in_a_word_document_gives_the_same_indicators()
    {
        var text = Import(_lines);
        File.WriteAllBytes(_docx, DocxBuilder.FromLines(_lines));

        var result = DocumentReader.Read(_docx, Repository.Registry);

        Assert.True(result.Plan is not null, result.Report.ToString());
        Assert.Equal(_expected, Table(result.Plan));
        Assert.Equal(text.Plan.Indicators.Select(i => (i.Code, i.Name, i.SourceText)), result.Plan.Plan.Indicators.Select(i => (i.Code, i.Name, i.SourceText)));
        Assert.Equal(result.Report.LineCount - 1, result.Report.MappedLineCount);
    }

    [Fact]
    public void A_word_cell_of_several_paragraphs_names_each_of_its_agencies()
    {
        var header = Array.FindIndex(_lines, l => l.StartsWith("| STT", StringComparison.Ordinal));
        var rows = _lines.Skip(header).TakeWhile(l => l.StartsWith('|')).Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var table = DocxBuilder.Table([.. rows.Select(cells => cells[0] == "4"
            ? DocxBuilder.Row([cells[0]], ["Tỷ trọng kinh tế số", "trong GRDP"], [cells[2]], [cells[3]], ["Sở Kế hoạch và Đầu tư;", "Cục Thống kê tỉnh"])
            : DocxBuilder.Row(cells))]);
        File.WriteAllBytes(_docx, DocxBuilder.FromBody([.. _lines[..header].Select(DocxBuilder.Paragraph), table, .. _lines[(header + rows.Count)..].Select(DocxBuilder.Paragraph)]));

        var result = DocumentReader.Read(_docx, Repository.Registry);

        var row = result.Plan!.Plan.Indicators.Single(i => i.Code == "chi-tieu-4");
        Assert.Equal("Tỷ trọng kinh tế số trong GRDP", row.Name);
        Assert.Equal(["binh-dinh/so-khdt", "binh-dinh/cuc-thong-ke-tinh"], row.MonitoredBy);
    }

    private static PlanFile Import(string[] lines)
    {
        var result = PlanImporter.Import(string.Join("\n", lines), "binh-dinh.txt", "", Repository.Registry);
        return result.Plan ?? throw new InvalidOperationException(result.Report.ToString());
    }

    private static IEnumerable<string> Table(PlanFile plan) =>
        plan.Plan.Indicators.Where(i => i.TargetText is not null).Select(i =>
            $"{i.Code} {System.Text.Json.JsonSerializer.Serialize(i.Comparator, SeedJson.Options).Trim('"')} {i.TargetValue}{(i.UpperValue is { } upper ? $"..{upper}" : "")} "
            + $"{i.Unit}{(i.Scope is null ? "" : $" ({i.Scope})")} {i.Year} [{i.TargetText}] {string.Join(' ', i.MonitoredBy ?? [])}");
}
