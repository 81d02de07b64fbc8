using PlanData.Import.Assembly;
using PlanData.Import.Structure;
using PlanData.Import.Tests.Normalization;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Assembly;

public sealed class OrganisationAssemblerTests
{
    private const string Members = "quang-ngai/thanh-vien-bcd-cds";
    private const string Districts = "quang-ngai/ubnd-cac-huyen";

    private static readonly string[] _memberDuties =
    [
        "Tổ chức tham mưu, triển khai các nhiệm vụ được giao chủ trì đúng theo tiến độ, chỉ tiêu của kế hoạch này và các kế hoạch về phát triển chuyển đổi số; phát triển chính quyền điện tử hướng tới chính quyền số và đảm bảo an toàn thông tin đã được UBND tỉnh ban hành.",
        "Tham gia phối hợp thực hiện các nhiệm vụ đảm bảo chất lượng.",
        "Thực hiện chế độ báo cáo theo định kỳ, đột xuất công tác triển khai chuyển đổi số, gửi về Sở Thông tin và Truyền thông (Cơ quan Thường trực Ban Chỉ đạo) chuyển đổi số tỉnh Quảng Ngãi tổng hợp, báo cáo năm trước ngày 30/11/2022.",
    ];

    [Fact]
    public void The_seed_heading_broken_over_two_lines_gives_the_standing_office_its_three_duties()
    {
        var (responsibilities, _, _) = AssembleSeed();

        var office = responsibilities[0];
        Assert.Equal("quang-ngai/so-tttt", office.Agency);
        Assert.Equal(
            [
                "Chịu trách nhiệm tham mưu cho Ban Chỉ đạo triển khai thực hiện nhiệm vụ giao tại Kế hoạch này; đề xuất, tham mưu Ban Chỉ đạo các nội dung, nhiệm vụ phát sinh.",
                "Thực hiện đảm bảo các báo cáo của Ban Chỉ đạo theo yêu cầu của Chính phủ, Ủy ban Quốc gia về Chuyển đổi số, Bộ Thông tin và Truyền thông.",
                "Theo dõi, tổng hợp và báo cáo Ban Chỉ đạo tình hình triển khai thực hiện Kế hoạch này trước ngày 15/12/2022.",
            ],
            office.Duties);
        Assert.Equal([118, 126], office.Lines);
    }

    [Fact]
    public void A_heading_naming_two_agencies_gives_each_the_same_duties()
    {
        var (responsibilities, _, _) = AssembleSeed();

        Assert.Equal(
            ["quang-ngai/so-tttt", Members, Districts, "quang-ngai/co-quan-lien-quan"],
            responsibilities.Select(r => r.Agency));
        Assert.Equal(_memberDuties, responsibilities[2].Duties);
        Assert.Equal([128, 134], responsibilities[2].Lines);
    }

    [Fact]
    public void The_closing_Yeu_cau_sentence_adds_a_duty_to_each_agency_it_names()
    {
        var (responsibilities, _, _) = AssembleSeed();

        const string closing = "Tổ chức triển khai thực hiện Kế hoạch này đạt kết quả.";
        Assert.Equal([.. _memberDuties, closing], responsibilities[1].Duties);
        Assert.Equal([128, 136], responsibilities[1].Lines);
        Assert.Equal("quang-ngai/co-quan-lien-quan", responsibilities[3].Agency);
        Assert.Equal([closing], responsibilities[3].Duties);
        Assert.Equal([136, 136], responsibilities[3].Lines);
    }

    [Fact]
    public void Duties_that_date_a_report_are_reporting_deadlines_with_whom_to_report_to()
    {
        var (_, deadlines, _) = AssembleSeed();

        Assert.Equal(
            [
                ("quang-ngai/so-tttt", "quang-ngai/bcd-cds", new DateOnly(2022, 12, 15), 126),
                (Members, "quang-ngai/so-tttt", new DateOnly(2022, 11, 30), 134),
                (Districts, "quang-ngai/so-tttt", new DateOnly(2022, 11, 30), 134),
            ],
            deadlines.Select(d => (d.Reporter, d.ReportTo, d.DueBy, d.Line)));
        Assert.Equal("Theo dõi, tổng hợp và báo cáo Ban Chỉ đạo tình hình triển khai thực hiện Kế hoạch này trước ngày 15/12/2022.", deadlines[0].Description);
    }

    [Fact]
    public void Every_line_of_the_seed_section_is_mapped()
    {
        var (_, _, mapped) = AssembleSeed();

        Assert.Equal([118, 120, 122, 124, 126, 128, 130, 132, 134, 136], mapped.Order());
    }

    [Fact]
    public void The_closing_dot_slash_dot_is_dropped_from_the_last_duty()
    {
        var (responsibilities, _) = Assemble("1. Công an tỉnh", "- Phối hợp bảo đảm kết nối dữ liệu dân cư./.");

        Assert.Equal(["Phối hợp bảo đảm kết nối dữ liệu dân cư."], Assert.Single(responsibilities).Duties);
    }

    [Fact]
    public void Agencies_separated_by_a_semicolon_in_a_heading_share_the_duties()
    {
        var (responsibilities, deadlines) = Assemble(
            "3. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố",
            "- Định kỳ báo cáo kết quả thực hiện, gửi về Sở Nội vụ trước ngày 30/11/2023 để tổng hợp.");

        Assert.Equal(["quang-ngai/cac-so-ban-nganh", Districts], responsibilities.Select(r => r.Agency));
        Assert.Equal([("quang-ngai/cac-so-ban-nganh", "quang-ngai/so-noi-vu"), (Districts, "quang-ngai/so-noi-vu")], deadlines.Select(d => (d.Reporter, d.ReportTo)));
    }

    [Theory]
    [InlineData("- Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 15/12/2023.", "quang-ngai/ubnd-tinh")]
    [InlineData("- Báo cáo kết quả, gửi về Sở Nội vụ trước ngày 15/12/2023.", "quang-ngai/so-noi-vu")]
    [InlineData("- Tổng hợp kết quả thực hiện, báo cáo trước ngày 15/12/2023.", null)]
    public void The_report_goes_to_the_agency_after_gui_ve_or_bao_cao(string duty, string? reportTo)
    {
        var (_, deadlines) = Assemble("1. Sở Tư pháp", duty);

        var deadline = Assert.Single(deadlines);
        Assert.Equal(("quang-ngai/so-tu-phap", reportTo, new DateOnly(2023, 12, 15)), (deadline.Reporter, deadline.ReportTo, deadline.DueBy));
    }

    [Theory]
    [InlineData("- Hoàn thành việc kết nối dữ liệu trước ngày 15/12/2023.")]
    [InlineData("- Thực hiện chế độ báo cáo định kỳ theo quy định.")]
    public void A_duty_that_does_not_date_a_report_is_no_deadline(string duty) =>
        Assert.Empty(Assemble("1. Sở Tư pháp", duty).Deadlines);

    [Fact]
    public void A_Yeu_cau_sentence_naming_no_known_agency_is_left_unmapped()
    {
        var (context, lines) = Contexts.For("1. Sở Tư pháp\n- Tổ chức thực hiện.\nYêu cầu Thủ trưởng các hội, đoàn thể triển khai thực hiện./.");

        var (responsibilities, _) = OrganisationAssembler.Assemble(context, lines);

        Assert.Single(responsibilities);
        Assert.DoesNotContain(3, context.Mapped);
    }

    private static (IReadOnlyList<ResponsibilityEntry> Responsibilities, IReadOnlyList<ReportingDeadlineEntry> Deadlines, HashSet<int> Mapped) AssembleSeed()
    {
        var (context, lines) = Contexts.For(SeedText.Text);
        var section = StructureParser.Parse(lines).SectionOf(SectionKind.Organisation)!;
        var (responsibilities, deadlines) = OrganisationAssembler.Assemble(context, section.Body);
        return (responsibilities, deadlines, context.Mapped);
    }

    private static (IReadOnlyList<ResponsibilityEntry> Responsibilities, IReadOnlyList<ReportingDeadlineEntry> Deadlines) Assemble(params string[] body)
    {
        var (context, lines) = Contexts.For(string.Join("\n", body), 2023);
        return OrganisationAssembler.Assemble(context, lines);
    }
}
