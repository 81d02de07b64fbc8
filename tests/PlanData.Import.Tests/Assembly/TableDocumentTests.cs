using PlanData.Import.Tests.Oracle;
using PlanData.Import.Tests.Sources;
using PlanData.Plans;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Assembly;

/// <summary>A plan whose items are the rows of a table, read from a .docx end to end.</summary>
public sealed class TableDocumentTests : IDisposable
{
    private const string Lead = "Cơ quan chủ trì";
    private const string Coordinating = "Cơ quan phối hợp";

    private static readonly string[] _lines =
    [
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG NGÃI",
        "",
        "Số: 12/KH-UBND",
        "",
        "Quảng Ngãi, ngày 02 tháng 4 năm 2024",
        "",
        "KẾ HOẠCH",
        "",
        "Chuyển đổi số tỉnh Quảng Ngãi năm 2024",
        "",
        "Căn cứ Kế hoạch số 119/KH-UBND ngày 09/10/2020 của UBND tỉnh về triển khai Chương trình chuyển đổi số quốc gia;",
        "",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "1. Đẩy mạnh chuyển đổi số, phát triển chính quyền số trên địa bàn tỉnh.",
        "",
        "II. NỘI DUNG",
        "",
        "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
        "| 1 | Khai trương Trung tâm điều hành thông minh tỉnh | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh, Sở Tài chính | Quý II năm 2024 |",
        "| 2 | Rà soát, đơn giản hóa thủ tục hành chính | Sở Nội vụ | Sở Tư pháp; UBND các huyện, thị xã, thành phố | Tháng 5-6/2024 |",
        "| 3 | Tuyên truyền về chuyển đổi số | Sở Thông tin và Truyền thông | Các sở, ban, ngành tỉnh | Thường xuyên |",
        "",
        "III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Sở Thông tin và Truyền thông",
        "",
        "- Theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/12/2024./.",
        "",
        "Nơi nhận:",
        "- Bộ TT&TT (báo cáo);",
        "- Lưu: VT, KGVX.",
        "",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "Trần Minh Quang",
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"plan-table-{Guid.NewGuid():N}.docx");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void The_document_is_read_with_every_line_mapped_and_nothing_reported()
    {
        var result = Import();

        Assert.True(result.Plan is not null, result.Report.ToString());
        Assert.Empty(result.Report.Messages);
        Assert.Equal(23, result.Report.LineCount);
        Assert.Equal(result.Report.LineCount, result.Report.MappedLineCount);
        Assert.Equal((23, 23), (result.Plan.Source.LineCount, result.Plan.Source.MappedLineCount));
        Assert.Empty(result.NewAgencies);
    }

    [Fact]
    public void The_header_is_read()
    {
        var plan = Import().Plan!;

        Assert.Equal(("12/KH-UBND", "quang-ngai/ubnd-tinh", new DateOnly(2024, 4, 2)), (plan.Document.Number, plan.Document.Issuer, plan.Document.IssuedOn));
        Assert.Equal("Chuyển đổi số tỉnh Quảng Ngãi năm 2024", plan.Plan.Title);
        Assert.Equal(["Đẩy mạnh chuyển đổi số, phát triển chính quyền số trên địa bàn tỉnh."], plan.Plan.Purposes);
        Assert.Equal("119/KH-UBND", Assert.Single(plan.Plan.References).To.Number);
    }

    [Fact]
    public void Each_row_is_an_item_with_its_code_title_and_lines()
    {
        var items = Import().Plan!.Plan.Items;

        Assert.Equal(
            [
                (1, "1", "Khai trương Trung tâm điều hành thông minh tỉnh"),
                (2, "2", "Rà soát, đơn giản hóa thủ tục hành chính"),
                (3, "3", "Tuyên truyền về chuyển đổi số"),
            ],
            items.Select(i => (i.Number, i.Code, i.Title)));
        Assert.All(items, i => Assert.Null(i.Section));
        Assert.All(items, i => Assert.Null(i.Content));
        Assert.All(items, i => Assert.Empty(i.Tasks));
        Assert.Equal([[21, 21], [22, 22], [23, 23]], items.Select(i => i.Lines));
        Assert.Equal(_lines[22], items[2].SourceText);
    }

    [Fact]
    public void The_lead_column_gives_the_lead_agency_under_its_header()
    {
        var items = Import().Plan!.Plan.Items;

        Assert.Equal(
            [
                new AssignmentEntry("quang-ngai/so-tttt", AssignmentRole.Lead, Lead),
                new AssignmentEntry("quang-ngai/so-noi-vu", AssignmentRole.Lead, Lead),
                new AssignmentEntry("quang-ngai/so-tttt", AssignmentRole.Lead, Lead),
            ],
            items.Select(i => Assert.Single(i.Assignments, a => a.Role == AssignmentRole.Lead)));
    }

    [Fact]
    public void The_coordinating_column_gives_every_agency_it_names()
    {
        var items = Import().Plan!.Plan.Items;

        Assert.Equal(
            [
                ["quang-ngai/van-phong-ubnd", "quang-ngai/so-tai-chinh"],
                ["quang-ngai/so-tu-phap", "quang-ngai/ubnd-cac-huyen"],
                ["quang-ngai/cac-so-ban-nganh"],
            ],
            items.Select(i => i.Assignments.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => a.Agency).ToArray()));
        Assert.All(items.SelectMany(i => i.Assignments).Where(a => a.Role == AssignmentRole.Coordinating), a => Assert.Equal(Coordinating, a.Label));
    }

    [Fact]
    public void The_time_column_gives_each_items_schedule()
    {
        var items = Import().Plan!.Plan.Items;

        Assert.Equal(
            [
                new ScheduleEntry("Quý II năm 2024", ScheduleKind.Quarter, new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)),
                new ScheduleEntry("Tháng 5-6/2024", ScheduleKind.MonthRange, new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 30)),
                new ScheduleEntry("Thường xuyên", ScheduleKind.Recurring, null, null),
            ],
            items.Select(i => i.Schedule));
        Assert.All(items, i => Assert.False(i.CompletedAtIssue));
    }

    [Fact]
    public void The_organisation_recipients_and_signature_are_read()
    {
        var plan = Import().Plan!.Plan;

        var responsibility = Assert.Single(plan.Responsibilities);
        Assert.Equal(("quang-ngai/so-tttt", 1), (responsibility.Agency, responsibility.Duties.Count));
        var deadline = Assert.Single(plan.ReportingDeadlines);
        Assert.Equal(("quang-ngai/so-tttt", "quang-ngai/ubnd-tinh", new DateOnly(2024, 12, 15)), (deadline.Reporter, deadline.ReportTo, deadline.DueBy));
        Assert.Equal(
            [new RecipientEntry("viet-nam/bo-tttt", "Bộ TT&TT (báo cáo)", "báo cáo", 32), new RecipientEntry(null, "Lưu: VT, KGVX", "lưu", 33)],
            plan.Recipients);
        Assert.Equal(new SignatureEntry("Trần Minh Quang", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH"), plan.Signature);
    }

    [Fact]
    public void Cells_of_several_paragraphs_are_read_whole()
    {
        var table = DocxBuilder.Table(
            DocxBuilder.Row("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
            DocxBuilder.Row(["1"], ["Khai trương Trung tâm điều hành", "thông minh tỉnh"], ["Sở Thông tin và Truyền thông"], ["- Văn phòng UBND tỉnh;", "- Sở Tài chính."], ["Quý II năm 2024"]),
            DocxBuilder.Row(["2"], ["Rà soát, đơn giản hóa thủ tục hành chính"], ["Sở Nội vụ"], ["Sở Tư pháp", "UBND các huyện, thị xã, thành phố"], ["Tháng 5-6/2024"]));

        var result = Import(DocxBuilder.FromBody([.. _lines[..19].Select(DocxBuilder.Paragraph), table, .. _lines[23..].Select(DocxBuilder.Paragraph)]));

        Assert.True(result.Plan is not null, result.Report.ToString());
        var items = result.Plan.Plan.Items;
        Assert.Equal(["Khai trương Trung tâm điều hành thông minh tỉnh", "Rà soát, đơn giản hóa thủ tục hành chính"], items.Select(i => i.Title));
        Assert.Equal(
            [
                ["quang-ngai/so-tttt", "quang-ngai/van-phong-ubnd", "quang-ngai/so-tai-chinh"],
                ["quang-ngai/so-noi-vu", "quang-ngai/so-tu-phap", "quang-ngai/ubnd-cac-huyen"],
            ],
            items.Select(i => i.Assignments.Select(a => a.Agency).ToArray()));
        Assert.Empty(result.NewAgencies);
        Assert.Empty(result.Report.Messages);
        Assert.Equal(result.Report.LineCount, result.Report.MappedLineCount);
    }

    private ImportResult Import() => Import(DocxBuilder.FromLines(_lines));

    private ImportResult Import(byte[] docx)
    {
        File.WriteAllBytes(_path, docx);
        return DocumentReader.Read(_path, Repository.Registry);
    }
}
