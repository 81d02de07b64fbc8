using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PlanData.Import.Sources;

namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>
/// A small plan of Ủy ban nhân dân tỉnh Quảng Ngãi, written as a .docx laid out as published
/// plans are (A4, Times-metric serif, the header as a borderless two-column table: issuer |
/// motto, "Số: ..." | place and date; two pages), and what LibreOffice and a scanner make of it:
/// a PDF with a text layer, a password-protected PDF, an image-only PDF (the pages rendered at
/// 300 dpi and wrapped back into a PDF, as a scanner does) and an old Word .doc. Built once per
/// test run and shared: each LibreOffice conversion takes seconds.
/// </summary>
public sealed class ConvertedPlan
{
    /// <summary>The name its files are imported under, as a published plan's are.</summary>
    public const string FileStem = "quang-ngai-12-KH-UBND-2022";

    public const string Number = "12/KH-UBND";
    public const string Title = "Chuyển đổi số tỉnh Quảng Ngãi năm 2022";
    public const string Password = "mat-khau";
    public static readonly DateOnly IssuedOn = new(2022, 3, 10);

    /// <summary>The header table's rows: issuer | motto, then the number | the place and date.</summary>
    public static readonly string[][] Header =
    [
        ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["TỈNH QUẢNG NGÃI", "Độc lập - Tự do - Hạnh phúc"],
        [$"Số: {Number}", "Quảng Ngãi, ngày 10 tháng 3 năm 2022"],
    ];

    /// <summary>The paragraphs after the header; "" is an empty paragraph; page 2 starts at <see cref="SecondPageStart"/>.</summary>
    public static readonly string[] Body =
    [
        "",
        "KẾ HOẠCH",
        Title,
        "",
        "Căn cứ Quyết định số 1742/QĐ-UBND ngày 08/11/2021 của UBND tỉnh;",
        "UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2022 như sau:",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao các chỉ số chuyển đổi số tỉnh Quảng Ngãi.",
        "2. Phát triển chính quyền số, kinh tế số và xã hội số.",
        "II. NỘI DUNG",
        "1. Khai trương Trung tâm điều hành thông minh tỉnh",
        "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
        "- Cơ quan phối hợp: Văn phòng UBND tỉnh, các sở, ban, ngành.",
        "- Thời gian hoàn thành: Quý I năm 2022.",
        "2. Tổ chức hội nghị chuyển đổi số tỉnh Quảng Ngãi",
        "- Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
        "- Thời gian: Tháng 9/2022.",
        SecondPageStart,
        "1. Sở Thông tin và Truyền thông",
        "- Theo dõi, đôn đốc các cơ quan thực hiện Kế hoạch này.",
        "- Tổng hợp, báo cáo UBND tỉnh trước ngày 30/11/2022.",
        "Yêu cầu các cơ quan, đơn vị thực hiện Kế hoạch này./.",
        "Nơi nhận:",
        "- Bộ Thông tin và Truyền thông;",
        "- Các sở, ban, ngành;",
        "- Lưu: VT, KGVX.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Đặng Văn Minh",
    ];

    public const string SecondPageStart = "III. TỔ CHỨC THỰC HIỆN";

    private static readonly Lazy<ConvertedPlan> Shared = new(() => new ConvertedPlan(), LazyThreadSafetyMode.ExecutionAndPublication);

    private ConvertedPlan()
    {
        var clock = Stopwatch.StartNew();
        DocumentTools.RequireFile("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "the Liberation Serif font (fonts-liberation2)");

        // The files are kept in memory: a folder would outlive the test run, which has no hook to remove it.
        using var folder = new ExternalToolFolder(Path.GetTempPath());
        DocxBytes = BuildDocx();
        var docx = folder.File("plan.docx");
        File.WriteAllBytes(docx, DocxBytes);
        var pdf = DocumentTools.Convert(docx, "pdf", ".pdf", Subfolder(folder, "pdf"));
        PdfBytes = File.ReadAllBytes(pdf);
        EncryptedPdfBytes = File.ReadAllBytes(DocumentTools.Convert(docx, EncryptedPdfFilter, ".pdf", Subfolder(folder, "encrypted")));
        DocBytes = File.ReadAllBytes(DocumentTools.Convert(docx, "doc:MS Word 97", ".doc", Subfolder(folder, "doc")));

        // A scan: each page as a 300 dpi grey image, the images wrapped into a PDF without any text.
        var pages = Subfolder(folder, "scan");
        DocumentTools.Run("pdftoppm", "-r", "300", "-gray", "-png", pdf, Path.Combine(pages, "page"));
        var scan = folder.File("scan.pdf");
        DocumentTools.Run("img2pdf", [.. Directory.GetFiles(pages, "page-*.png").Order(StringComparer.Ordinal), "-o", scan]);
        ScannedPdfBytes = File.ReadAllBytes(scan);
        BuildTime = clock.Elapsed;
    }

    /// <summary>The files, built on first use; a test that needs them fails (with what to install) when a tool is missing.</summary>
    public static ConvertedPlan Files => Shared.Value;

    public byte[] DocxBytes { get; }

    public byte[] PdfBytes { get; }

    public byte[] EncryptedPdfBytes { get; }

    public byte[] ScannedPdfBytes { get; }

    public byte[] DocBytes { get; }

    public TimeSpan BuildTime { get; }

    /// <summary>What the .docx reads as: the text every other format of the plan must come back to.</summary>
    public DocumentModel DocxModel => DocxReader.Read(DocxBytes, "plan.docx");

    /// <summary>The .docx's non-empty lines: a PDF has no empty paragraphs.</summary>
    public IReadOnlyList<string> DocxLines => [.. DocxModel.Blocks.Select(b => b.Text).Where(t => t.Length > 0)];

    // LibreOffice's PDF export takes its options as JSON since 7.4.
    private const string EncryptedPdfFilter =
        "pdf:writer_pdf_Export:{\"EncryptFile\":{\"type\":\"boolean\",\"value\":\"true\"},\"DocumentOpenPassword\":{\"type\":\"string\",\"value\":\"" + Password + "\"}}";

    private static string Subfolder(ExternalToolFolder folder, string name) => Directory.CreateDirectory(folder.File(name)).FullName;

    private static byte[] BuildDocx()
    {
        var header = DocxBuilder.Table([.. Header.Select(row => new TableRow(row.Select(text => new TableCell(Styled(DocxBuilder.Paragraph(text), center: true, HeaderStyle(text))))))]);
        header.GetFirstChild<TableProperties>()!.RemoveAllChildren<TableBorders>();
        header.InsertAfter(new TableGrid(new GridColumn { Width = "3800" }, new GridColumn { Width = "6400" }), header.GetFirstChild<TableProperties>());

        var blocks = new List<OpenXmlElement> { header };
        foreach (var line in Body)
        {
            var paragraph = DocxBuilder.Paragraph(line);
            blocks.Add(line switch
            {
                "KẾ HOẠCH" or Title => Styled(paragraph, center: false, new Bold()),
                SecondPageStart => WithProperties(paragraph, new PageBreakBefore()),
                _ => paragraph,
            });
        }

        // A4 with 1.5 cm side margins: every line of the plan fits on one printed line.
        blocks.Add(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 850, Right = 850, Header = 709, Footer = 709, Gutter = 0 }));
        return DocxBuilder.FromBody(blocks, main =>
        {
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Liberation Serif", HighAnsi = "Liberation Serif", ComplexScript = "Liberation Serif" },
                new FontSize { Val = "26" }))));
        });
    }

    // As published: issuer and motto bold, the place and date italic, the number plain.
    private static OpenXmlElement? HeaderStyle(string text) =>
        text.StartsWith("Số:", StringComparison.Ordinal) ? null : text.StartsWith("Quảng Ngãi,", StringComparison.Ordinal) ? new Italic() : new Bold();

    private static Paragraph Styled(Paragraph paragraph, bool center, OpenXmlElement? runStyle)
    {
        if (center)
        {
            WithProperties(paragraph, new Justification { Val = JustificationValues.Center });
        }

        if (runStyle is not null && paragraph.GetFirstChild<Run>() is { } run)
        {
            run.PrependChild(new RunProperties(runStyle));
        }

        return paragraph;
    }

    private static Paragraph WithProperties(Paragraph paragraph, OpenXmlElement property)
    {
        paragraph.PrependChild(new ParagraphProperties(property));
        return paragraph;
    }
}
