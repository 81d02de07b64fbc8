using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanData.Import.Sources;
using PlanData.Import.Tests.Sources;
using PlanSectionKind = PlanData.Plans.PlanSectionKind;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PlanData.Import.Tests.Outline;

/// <summary>Word footnotes: the reference becomes "[n]" where it stands (numbered by first reference, whatever the ids), the note a "[n] ..." line after the text.</summary>
public sealed class DocxFootnoteTests
{
    private static readonly string[] _head =
    [
        "Số: 27/KH-SKHCN", "Quảng Ngãi, ngày 05 tháng 3 năm 2025", "KẾ HOẠCH", "Chuyển đổi số năm 2025",
    ];

    private static byte[] Document()
    {
        var blocks = _head.Select(DocxBuilder.Paragraph).ToList();
        blocks.Add(new Paragraph(
            new Run(new WordText("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = 7 }),
            new Run(new WordText(";"))));
        blocks.Add(DocxBuilder.Paragraph("I. MỤC TIÊU"));
        blocks.Add(new Paragraph(
            new Run(new WordText("1. Hoàn thành số hóa hồ sơ")),
            new Run(new FootnoteReference { Id = 3 }),
            new Run(new WordText(" trong năm 2025."))));
        return DocxBuilder.FromBody(blocks, main =>
        {
            var part = main.AddNewPart<FootnotesPart>();
            part.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new WordText(" Hồ sơ tại Trung tâm Phục vụ hành chính công.")))) { Id = 3 },
                new Footnote(new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new WordText(" Chương trình Chuyển đổi số quốc gia.")))) { Id = 7 });
        });
    }

    [Fact]
    public void References_and_notes_are_written_as_a_page_renders_them()
    {
        var lines = DocxReader.Read(Document(), "footnotes.docx").Text.Split('\n');

        Assert.Equal("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ[1];", lines[4]);
        Assert.Equal("1. Hoàn thành số hóa hồ sơ[2] trong năm 2025.", lines[6]);
        Assert.Equal(["[1] Chương trình Chuyển đổi số quốc gia.", "[2] Hồ sơ tại Trung tâm Phục vụ hành chính công."], lines[^2..]);
    }

    [Fact]
    public void The_importer_links_each_marker_to_its_note()
    {
        var result = PlanImporter.Import(DocxReader.Read(Document(), "footnotes.docx"), "footnotes.docx", "", Oracle.Repository.Registry, allowIncomplete: true);

        Assert.True(result.Plan is not null, result.Report.ToString());
        Assert.Equal(
            [("1", "Mở đầu", "Chương trình Chuyển đổi số quốc gia."), ("2", "I/1", "Hồ sơ tại Trung tâm Phục vụ hành chính công.")],
            result.Plan.Plan.Footnotes.Select(f => (f.Marker, f.SectionPath, f.Text)));
        Assert.DoesNotContain(result.Plan.Plan.Sections.SelectMany(s => s.Paragraphs), p => p.StartsWith('['));
        Assert.Equal(PlanSectionKind.Item, result.Plan.Plan.Sections.Single(s => s.Path == "I/1").Kind);
    }
}
