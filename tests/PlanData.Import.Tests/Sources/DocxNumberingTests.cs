using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanData.Import.Sources;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PlanData.Import.Tests.Sources;

public sealed class DocxNumberingTests
{
    [Theory]
    [InlineData("decimal", "%1.", "1. Ban hành Quy chế|2. Ban hành Quy chế|3. Ban hành Quy chế")]
    [InlineData("lowerLetter", "%1)", "a) Ban hành Quy chế|b) Ban hành Quy chế|c) Ban hành Quy chế")]
    [InlineData("upperRoman", "%1.", "I. Ban hành Quy chế|II. Ban hành Quy chế|III. Ban hành Quy chế")]
    [InlineData("bullet", "\u2022", "- Ban hành Quy chế|- Ban hành Quy chế|- Ban hành Quy chế")]
    [InlineData("ordinal", "%1.", "Ban hành Quy chế|Ban hành Quy chế|Ban hành Quy chế")]
    public void Word_numbering_is_written_as_the_marker_it_displays(string format, string levelText, string expected)
    {
        var numbering = Numbering(Abstract(1, Level(0, format, levelText)), Instance(1, 1));

        var text = Read([Numbered("Ban hành Quy chế", 0), Numbered("Ban hành Quy chế", 0), Numbered("Ban hành Quy chế", 0)], numbering);

        Assert.Equal(expected.Split('|'), text.Split('\n'));
    }

    [Fact]
    public void Nested_levels_restart_under_a_new_parent()
    {
        var numbering = Numbering(
            Abstract(1, Level(0, "upperRoman", "%1."), Level(1, "decimal", "%2."), Level(2, "lowerLetter", "%3)"), Level(3, "bullet", "-")),
            Instance(1, 1));

        var text = Read(
            [
                Numbered("MỤC ĐÍCH, YÊU CẦU", 0), Numbered("Triển khai các hoạt động", 1), Numbered("Cụ thể hóa các nhiệm vụ", 1),
                Numbered("NỘI DUNG", 0), Numbered("Ban hành Quy chế", 1), Numbered("Chỉ tiêu:", 2), Numbered("Phổ cập cáp quang", 3),
                Numbered("Chủ trì tham mưu", 2), Numbered("Họp Phiên thứ 2", 1),
            ],
            numbering);

        Assert.Equal(
            [
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Triển khai các hoạt động", "2. Cụ thể hóa các nhiệm vụ",
                "II. NỘI DUNG", "1. Ban hành Quy chế", "a) Chỉ tiêu:", "- Phổ cập cáp quang",
                "b) Chủ trì tham mưu", "2. Họp Phiên thứ 2",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void A_level_text_can_show_its_parents_and_a_start_value()
    {
        var numbering = Numbering(Abstract(1, Level(0, "decimal", "%1.", start: 3), Level(1, "decimal", "%1.%2.")), Instance(1, 1));

        var text = Read([Numbered("A", 0), Numbered("B", 1), Numbered("C", 1), Numbered("D", 0), Numbered("E", 1)], numbering);

        Assert.Equal(["3. A", "3.1. B", "3.2. C", "4. D", "4.1. E"], text.Split('\n'));
    }

    [Fact]
    public void A_list_with_a_start_override_restarts_while_another_instance_of_the_same_list_continues()
    {
        var restart = Instance(2, 1);
        restart.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        var numbering = Numbering(Abstract(1, Level(0, "decimal", "%1.")), Instance(1, 1), restart, Instance(3, 1));

        var text = Read([Numbered("A", 0, 1), Numbered("B", 0, 1), Numbered("C", 0, 2), Numbered("D", 0, 2), Numbered("E", 0, 3)], numbering);

        Assert.Equal(["1. A", "2. B", "1. C", "2. D", "3. E"], text.Split('\n'));
    }

    [Fact]
    public void Numbering_from_the_paragraph_style_is_written_too()
    {
        var numbering = Numbering(Abstract(1, Level(0, "decimal", "%1.")), Instance(1, 1));
        var styles = new Styles(
            new Style(new StyleName { Val = "List Number" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "ListNumber" },
            new Style(new StyleName { Val = "Item" }, new BasedOn { Val = "ListNumber" }) { Type = StyleValues.Paragraph, StyleId = "Item" });

        var text = Read([Styled("Ban hành Quy chế", "ListNumber"), DocxBuilder.Paragraph("Cơ quan chủ trì: Sở TT&TT."), Styled("Họp Phiên thứ 2", "Item")], numbering, styles);

        Assert.Equal(["1. Ban hành Quy chế", "Cơ quan chủ trì: Sở TT&TT.", "2. Họp Phiên thứ 2"], text.Split('\n'));
    }

    [Fact]
    public void Numbered_cells_number_the_rows()
    {
        var numbering = Numbering(Abstract(1, Level(0, "decimal", "%1")), Instance(1, 1));
        var table = DocxBuilder.Table(
            DocxBuilder.Row("TT", "Nội dung"),
            new TableRow(new TableCell(Numbered("", 0)), new TableCell(DocxBuilder.Paragraph("Ban hành Quy chế"))),
            new TableRow(new TableCell(Numbered("", 0)), new TableCell(DocxBuilder.Paragraph("Họp Phiên thứ 2"))));

        var text = Read([table], numbering);

        Assert.Equal(["| TT | Nội dung |", "| 1 | Ban hành Quy chế |", "| 2 | Họp Phiên thứ 2 |"], text.Split('\n'));
    }

    private static string Read(IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> blocks, Numbering numbering, Styles? styles = null)
    {
        var bytes = DocxBuilder.FromBody(blocks, main =>
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }
        });
        return DocxReader.ReadText(new MemoryStream(bytes), "plan.docx");
    }

    private static Numbering Numbering(AbstractNum abstractNum, params NumberingInstance[] instances) => new([abstractNum, .. instances]);

    private static AbstractNum Abstract(int id, params Level[] levels) => new(levels) { AbstractNumberId = id };

    private static NumberingInstance Instance(int numId, int abstractId) => new(new AbstractNumId { Val = abstractId }) { NumberID = numId };

    private static Level Level(int index, string format, string text, int start = 1) =>
        new(new StartNumberingValue { Val = start }, new NumberingFormat { Val = Format(format) }, new LevelText { Val = text }) { LevelIndex = index };

    private static NumberFormatValues Format(string format) => format switch
    {
        "decimal" => NumberFormatValues.Decimal,
        "lowerLetter" => NumberFormatValues.LowerLetter,
        "upperRoman" => NumberFormatValues.UpperRoman,
        "bullet" => NumberFormatValues.Bullet,
        "ordinal" => NumberFormatValues.Ordinal,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static Paragraph Numbered(string text, int level, int numId = 1) =>
        new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new WordText(text)));

    private static Paragraph Styled(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new WordText(text)));
}
