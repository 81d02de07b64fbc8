using PlanData.Import.Normalization;
using PlanData.Import.Structure;
using PlanData.Plans;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Outline;

/// <summary>A document's text as its numbered parts, in layouts the corpus lacks: "PHẦN 1:" parts over "I." sections, "2.1." and "a)" levels, appendices after the signature, notes at the end.</summary>
public sealed class OutlineTests
{
    // Written for these tests (the corpus has none of these layouts); the API's outline tests import it too.
    private static readonly string[] _plan = File.ReadAllLines(Path.Combine(Oracle.Repository.Root, "tests", "PlanData.Import.Tests", "Outline", "thanh-hoa-12-KH-UBND-2024.txt"));

    private static PlanEntry Import(string[] lines)
    {
        var result = PlanImporter.Import(string.Join("\n", lines), "thanh-hoa-12.txt", "", Oracle.Repository.Registry, allowIncomplete: true);
        Assert.True(result.Plan is not null, result.Report.ToString());
        return result.Plan.Plan;
    }

    [Fact]
    public void Parts_nest_by_their_numbering()
    {
        var plan = Import(_plan);

        Assert.Equal(
            [
                (0, PlanSectionKind.Preamble, "Mở đầu", ""),
                (0, PlanSectionKind.Part, "Phần 1", "MỤC TIÊU"),
                (1, PlanSectionKind.Item, "Phần 1/1", "Mục tiêu chung"),
                (1, PlanSectionKind.Item, "Phần 1/2", "Mục tiêu cụ thể"),
                (2, PlanSectionKind.Subitem, "Phần 1/2/2.1", "Chính quyền số"),
                (3, PlanSectionKind.Field, "Phần 1/2/2.1/a", "Tối thiểu 90% văn bản được trao đổi dưới dạng điện tử[2]."),
                (3, PlanSectionKind.Field, "Phần 1/2/2.1/b", "100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình."),
                (2, PlanSectionKind.Subitem, "Phần 1/2/2.2", "Kinh tế số"),
                (0, PlanSectionKind.Part, "Phần 2", "NHIỆM VỤ"),
                (1, PlanSectionKind.Section, "Phần 2/I", "NHIỆM VỤ CHUNG"),
                (2, PlanSectionKind.Item, "Phần 2/I/1", "Nâng cao nhận thức về chuyển đổi số"),
                (1, PlanSectionKind.Section, "Phần 2/II", "TỔ CHỨC THỰC HIỆN"),
                (0, PlanSectionKind.Appendix, "Phụ lục 1", "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024"),
            ],
            plan.Sections.Select(s => (s.Depth, s.Kind, s.Path, s.Heading)));
        Assert.Equal(["PHẦN 1:", "1.", "2.1.", "a)", "PHỤ LỤC 01"], plan.Sections.Where(s => s.Path is "Phần 1" or "Phần 1/1" or "Phần 1/2/2.1" or "Phần 1/2/2.1/a" or "Phụ lục 1").Select(s => s.Label));
        Assert.Equal("Phần 1/2", plan.Sections.Single(s => s.Path == "Phần 1/2/2.1").ParentPath);
    }

    [Fact]
    public void Every_paragraph_stands_in_exactly_one_part_and_recipients_signature_and_notes_in_none()
    {
        var plan = Import(_plan);

        Assert.Equal(
            ["Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ[1];", "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"],
            plan.Sections.Single(s => s.Kind == PlanSectionKind.Preamble).Paragraphs);
        Assert.Equal(["- Cơ quan chủ trì: Sở Thông tin và Truyền thông.", "- Thời gian hoàn thành: Năm 2024."], plan.Sections.Single(s => s.Path == "Phần 2/I/1").Paragraphs);
        Assert.Equal(
            ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND tỉnh)", "| TT | Chỉ tiêu | Đơn vị |", "| 1 | Văn bản điện tử | % |"],
            plan.Sections.Single(s => s.Kind == PlanSectionKind.Appendix).Paragraphs);
        var all = plan.Sections.SelectMany(s => s.Paragraphs.Append(s.Heading)).ToList();
        Assert.DoesNotContain(all, p => p.Contains("Nơi nhận", StringComparison.Ordinal) || p.Contains("Nguyễn Văn An", StringComparison.Ordinal) || p.StartsWith("[1]", StringComparison.Ordinal));
        Assert.Equal((9, 30), (plan.Sections.Single(s => s.Path == "Phần 1").FirstLine, plan.Sections.Single(s => s.Path == "Phần 2/II").LastLine + 6));
    }

    [Fact]
    public void Footnote_markers_are_linked_to_the_notes_the_copy_carries()
    {
        var plan = Import(_plan);

        Assert.Equal(
            [
                new FootnoteEntry("1", "Mở đầu", 7, "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ",
                    "Quyết định phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.", 36),
                new FootnoteEntry("2", "Phần 1/2/2.1/a", 14, "Tối thiểu 90% văn bản được trao đổi dưới dạng điện tử", "Theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ.", 37),
            ],
            plan.Footnotes);
    }

    [Fact]
    public void A_note_cites_documents_like_any_other_line()
    {
        var plan = Import(_plan);

        Assert.Contains(plan.References, r => r.To.Number == "17/NQ-CP" && r.Line == 37);
    }

    [Fact]
    public void Appendix_references_point_to_the_appendix_when_the_copy_carries_it()
    {
        var plan = Import(_plan);

        Assert.Equal(
            [
                new AppendixReferenceEntry("Phụ lục 1", "Phần 1/1", 11, "Đưa tỉnh vào nhóm dẫn đầu về chuyển đổi số (chi tiết tại Phụ lục 01 kèm theo).", "Phụ lục 1"),
                new AppendixReferenceEntry("Phụ lục 3", "Phần 1/2/2.2", 17, "Kinh tế số chiếm 15% GRDP (Phụ lục số 3).", null),
            ],
            plan.AppendixReferences);
    }

    [Fact]
    public void A_marker_without_its_note_is_kept_with_no_text()
    {
        var plan = Import(_plan[..^2]);

        Assert.Equal([("1", (string?)null), ("2", null)], plan.Footnotes.Select(f => (f.Marker, f.Text)));
    }

    [Fact]
    public void A_decision_reads_chapters_articles_and_its_single_unnumbered_appendix()
    {
        string[] decision =
        [
            "Số: 15/QĐ-UBND", "Quảng Ngãi, ngày 10 tháng 4 năm 2024", "QUYẾT ĐỊNH", "Ban hành Quy chế quản lý Trung tâm dữ liệu tỉnh",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
            "Chương I", "QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh",
            "1. Quy chế này quy định việc quản lý Trung tâm dữ liệu tỉnh.",
            "2. Danh mục hệ thống tại Phụ lục kèm theo Quyết định này.",
            "Điều 2. Đối tượng áp dụng",
            "Chương II", "QUẢN LÝ VẬN HÀNH",
            "Điều 3. Trách nhiệm của Sở Thông tin và Truyền thông",
            "PHỤ LỤC", "DANH MỤC HỆ THỐNG THÔNG TIN",
        ];
        var structure = StructureParser.Parse(TextNormalizer.Normalize(string.Join("\n", decision), out _));

        var outline = Flatten(OutlineBuilder.Build(structure, _ => false), null).ToList();

        Assert.Equal(
            ["Mở đầu", "Chương I", "Chương I/Điều 1", "Chương I/Điều 1/1", "Chương I/Điều 1/2", "Chương I/Điều 2", "Chương II", "Chương II/Điều 3", "Phụ lục"],
            outline.Select(o => o.Path));
        Assert.Equal(["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:"], outline[0].Node.Paragraphs.Select(l => l.Text));
        Assert.Equal("QUẢN LÝ VẬN HÀNH", outline.Single(o => o.Path == "Chương II").Node.Heading);
        Assert.Equal("DANH MỤC HỆ THỐNG THÔNG TIN", outline[^1].Node.Heading);
    }

    [Fact]
    public void A_number_printed_twice_keeps_both_parts()
    {
        string[] lines = [.. _plan[..9], "1. Mục tiêu chung", "1. Mục tiêu cụ thể", .. _plan[17..30]];

        var plan = Import(lines);

        Assert.Equal(["Phần 1/1", "Phần 1/1 (2)"], plan.Sections.Where(s => s.ParentPath == "Phần 1").Select(s => s.Path));
    }

    private static IEnumerable<(string Path, OutlineNode Node)> Flatten(IEnumerable<OutlineNode> nodes, string? parent) =>
        nodes.SelectMany(n => Flatten(n.Children, Join(parent, n.Segment)).Prepend((Join(parent, n.Segment), n)));

    private static string Join(string? parent, string segment) => parent is null ? segment : $"{parent}/{segment}";
}
