using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanData.Import.Sources;
using Dml = DocumentFormat.OpenXml.Drawing;
using DmlWord = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Vml = DocumentFormat.OpenXml.Vml;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace PlanData.Import.Tests.Sources;

public sealed class DocxReaderTests
{
    private const string SeedFile = "quang-ngai-04-KH-BCD-2022.txt";

    [Fact]
    public void Paragraphs_spelling_the_first_20_seed_lines_read_back_as_those_lines()
    {
        var lines = SeedDocument.Lines(SeedFile).Take(20).ToArray();

        var text = Read(DocxBuilder.FromLines(lines));

        Assert.Equal(lines, text.Split('\n'));
    }

    [Fact]
    public void The_whole_seed_document_survives_a_round_trip_through_docx()
    {
        var lines = SeedDocument.Lines(SeedFile);

        Assert.Equal(string.Join('\n', lines), Read(DocxBuilder.FromLines(lines)));
    }

    [Fact]
    public void A_table_is_read_row_by_row_between_the_paragraphs_around_it()
    {
        var table = DocxBuilder.Table(
            DocxBuilder.Row("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
            DocxBuilder.Row(
                ["1"],
                ["Ban hành Quy chế hoạt động", "của Ban Chỉ đạo"],
                ["  Sở Thông tin và Truyền thông  "],
                ["Văn phòng UBND tỉnh;", "", "các sở, ban, ngành"],
                ["Tháng 02/2022"]),
            DocxBuilder.Row("2", "Họp Phiên thứ 2 Ban Chỉ đạo", "Sở Thông tin và Truyền thông", "Thành viên Ban Chỉ đạo", "Tháng 9/2022"));

        var text = Read(DocxBuilder.FromBody([DocxBuilder.Paragraph("II. NỘI DUNG"), table, DocxBuilder.Paragraph("III. TỔ CHỨC THỰC HIỆN")]));

        Assert.Equal(
            [
                "II. NỘI DUNG",
                "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
                "| 1 | Ban hành Quy chế hoạt động của Ban Chỉ đạo | Sở Thông tin và Truyền thông | Văn phòng UBND tỉnh; các sở, ban, ngành | Tháng 02/2022 |",
                "| 2 | Họp Phiên thứ 2 Ban Chỉ đạo | Sở Thông tin và Truyền thông | Thành viên Ban Chỉ đạo | Tháng 9/2022 |",
                "III. TỔ CHỨC THỰC HIỆN",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void DocxBuilder_writes_pipe_lines_as_one_word_table()
    {
        string[] lines =
        [
            "II. NỘI DUNG",
            "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
            "| 1 | Khai trương Trung tâm điều hành thông minh | Sở Thông tin và Truyền thông |  | Quý I năm 2022 |",
            "| 2 | Họp Phiên thứ 2 | Sở Thông tin và Truyền thông | Thành viên Ban Chỉ đạo | Tháng 9/2022 |",
            "III. TỔ CHỨC THỰC HIỆN",
        ];
        var bytes = DocxBuilder.FromLines(lines);

        using (var document = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var table = Assert.Single(body.Elements<Table>());
            Assert.Equal(2, body.Elements<Paragraph>().Count());
            Assert.All(table.Elements<TableRow>(), row => Assert.Equal(5, row.Elements<TableCell>().Count()));
            Assert.Equal(3, table.Elements<TableRow>().Count());
        }

        Assert.Equal(lines, Read(bytes).Split('\n'));
    }

    [Theory]
    [InlineData("not a zip")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("zip without a document")]
    [InlineData("broken document xml")]
    [InlineData("old .doc")]
    public void A_file_that_is_not_a_docx_is_refused(string kind)
    {
        var bytes = kind switch
        {
            "not a zip" => "Kế hoạch số 04/KH-BCĐ"u8.ToArray(),
            "truncated" => DocxBuilder.FromLines(SeedDocument.Lines(SeedFile))[..600],
            "empty" => [],
            "zip without a document" => ZipWithOneTextEntry(),
            "broken document xml" => WithBrokenDocumentXml(DocxBuilder.FromLines(["KẾ HOẠCH"])),
            _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        };

        var error = Assert.Throws<ImportException>(() => Read(bytes));

        Assert.StartsWith("plan.docx: not a valid .docx file", error.Message);
        Assert.Null(error.Line);
    }

    [Fact]
    public void A_tab_and_a_line_break_inside_a_run_are_kept()
    {
        var paragraph = new Paragraph(
            new Run(new WordText("- Thời gian:"), new TabChar(), new WordText("Quý I"), new Break(), new WordText("năm 2022")),
            new Run(new WordText(" (đã hoàn thành)") { Space = SpaceProcessingModeValues.Preserve }));

        Assert.Equal("- Thời gian:\tQuý I\nnăm 2022 (đã hoàn thành)", Read(DocxBuilder.FromBody([paragraph])));
    }

    [Fact]
    public void An_empty_paragraph_is_an_empty_line()
    {
        var text = Read(DocxBuilder.FromBody([DocxBuilder.Paragraph("TRƯỞNG BAN"), new Paragraph(), new Paragraph(new Run()), DocxBuilder.Paragraph("Đặng Văn Minh")]));

        Assert.Equal("TRƯỞNG BAN\n\n\nĐặng Văn Minh", text);
    }

    [Fact]
    public void Text_is_returned_in_nfc()
    {
        var text = Read(DocxBuilder.FromBody([DocxBuilder.Paragraph("Ke\u0302\u0301 hoa\u0323ch")]));

        Assert.Equal("Kế hoạch", text);
    }

    [Fact]
    public void Content_controls_hyperlinks_and_insertions_are_read_but_deletions_and_field_codes_are_not()
    {
        var paragraph = new Paragraph(
            new Run(new WordText("Theo Quyết định ") { Space = SpaceProcessingModeValues.Preserve }),
            new Hyperlink(new Run(new WordText("số 1742/QĐ-UBND"))) { Anchor = "qd" },
            new DeletedRun(new Run(new DeletedText(" ngày 01/01/2020"))),
            new InsertedRun(new Run(new WordText(" ngày 08/11/2021") { Space = SpaceProcessingModeValues.Preserve })),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new WordText(" (trang 1)") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        var control = new SdtBlock(new SdtProperties(new SdtAlias { Val = "Số" }), new SdtContentBlock(DocxBuilder.Paragraph("Số: 04 /KH-BCĐ")));

        var text = Read(DocxBuilder.FromBody([control, paragraph]));

        Assert.Equal("Số: 04 /KH-BCĐ\nTheo Quyết định số 1742/QĐ-UBND ngày 08/11/2021 (trang 1)", text);
    }

    [Fact]
    public void Merged_cells_keep_the_columns_in_place()
    {
        var spanning = new TableCell(new TableCellProperties(new GridSpan { Val = 3 }), DocxBuilder.Paragraph("I. Nhóm nhiệm vụ chung"));
        var mergeStart = new TableCell(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), DocxBuilder.Paragraph("Sở Thông tin và Truyền thông"));
        var mergeContinue = new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph());
        var table = DocxBuilder.Table(
            DocxBuilder.Row("TT", "Nội dung", "Cơ quan chủ trì"),
            new TableRow(spanning),
            new TableRow(new TableCell(DocxBuilder.Paragraph("1")), new TableCell(DocxBuilder.Paragraph("Ban hành Quy chế")), mergeStart),
            new TableRow(new TableCell(DocxBuilder.Paragraph("2")), new TableCell(DocxBuilder.Paragraph("Ban hành Kế hoạch")), mergeContinue));

        var text = Read(DocxBuilder.FromBody([table]));

        Assert.Equal(
            [
                "| TT | Nội dung | Cơ quan chủ trì |",
                "| I. Nhóm nhiệm vụ chung |  |  |",
                "| 1 | Ban hành Quy chế | Sở Thông tin và Truyền thông |",
                "| 2 | Ban hành Kế hoạch |  |",
            ],
            text.Split('\n'));
    }

    [Fact]
    public void A_table_inside_a_cell_stays_on_the_row_line()
    {
        var inner = DocxBuilder.Table(DocxBuilder.Row("Sở Tài chính", "Sở Nội vụ"), DocxBuilder.Row("VNPT", ""));
        var table = DocxBuilder.Table(new TableRow(
            new TableCell(DocxBuilder.Paragraph("1")),
            new TableCell(DocxBuilder.Paragraph("Các sở:"), inner, new Paragraph(new Run(new WordText("và"), new Break(), new WordText("UBND huyện"))))));

        Assert.Equal("| 1 | Các sở: Sở Tài chính Sở Nội vụ VNPT và UBND huyện |", Read(DocxBuilder.FromBody([table])));
    }

    [Fact]
    public void A_text_box_is_read_once_after_its_paragraph()
    {
        var choice = new AlternateContentChoice(new Drawing(new DmlWord.Inline(
            new DmlWord.Extent { Cx = 1_000_000, Cy = 300_000 },
            new DmlWord.DocProperties { Id = 1U, Name = "Text Box 1" },
            new Dml.Graphic(new Dml.GraphicData(new Wps.WordprocessingShape(
                new Wps.TextBoxInfo2(new TextBoxContent(DocxBuilder.Paragraph("DỰ THẢO")))))
            { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" }))))
        { Requires = "wps" };
        var fallback = new AlternateContentFallback(new Picture(new Vml.Shape(new Vml.TextBox(new TextBoxContent(DocxBuilder.Paragraph("DỰ THẢO"))))));
        var anchor = new Paragraph(new Run(new WordText("KẾ HOẠCH")), new Run(new AlternateContent(choice, fallback)));

        var bytes = DocxBuilder.FromBody([anchor, DocxBuilder.Paragraph("Hoạt động của Ban Chỉ đạo")], main =>
        {
            main.Document!.AddNamespaceDeclaration("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006");
            main.Document.AddNamespaceDeclaration("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape");
        });

        Assert.Equal("KẾ HOẠCH\nDỰ THẢO\nHoạt động của Ban Chỉ đạo", Read(bytes));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        var bytes = DocxBuilder.FromLines(["KẾ HOẠCH", "| TT | Nội dung |"]);

        var text = DocxReader.ReadText(new ForwardOnlyStream(bytes), "plan.docx");

        Assert.Equal("KẾ HOẠCH\n| TT | Nội dung |", text);
    }

    private static string Read(byte[] bytes) => DocxReader.ReadText(new MemoryStream(bytes), "plan.docx");

    private static byte[] ZipWithOneTextEntry()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("plan.txt").Open());
            writer.Write("KẾ HOẠCH");
        }

        return stream.ToArray();
    }

    private static byte[] WithBrokenDocumentXml(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:r></w:p>");
        }

        return stream.ToArray();
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
