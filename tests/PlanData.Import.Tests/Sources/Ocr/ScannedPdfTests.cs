using PlanData.Import.Sources;
using PlanData.Import.Tests.Database;
using PlanData.Import.Tests.Oracle;
using PlanData.Import.Tests.Sources.Pdf;
using PlanData.Plans;
using Xunit.Abstractions;

namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>The plan printed to PDF, rendered at 300 dpi and wrapped back into an image-only PDF, read by OCR.</summary>
public sealed class ScannedPdfTests(ITestOutputHelper output)
{
    // Measured on this scan (Tesseract 5.3, vie, page segmentation 4, 300 dpi): mean 0.996, worst line 0.950
    // (one mark wrong in "I. MỤC ĐÍCH, YÊU CẦU"). The floors leave room for another Tesseract build, not for a wrong setting.
    private const double MeanFloor = 0.97;
    private const double LineFloor = 0.85;

    [Fact]
    public void A_scan_reads_as_a_scanned_pdf_with_a_confidence_and_a_page_on_every_line()
    {
        var model = ScannedPlan.Read.Model;
        output.WriteLine($"fixtures built in {ConvertedPlan.Files.BuildTime.TotalSeconds:0.0} s; OCR of 2 pages in {ScannedPlan.Read.ReadTime.TotalSeconds:0.0} s; mean confidence {model.OcrConfidence:0.000}");

        Assert.Equal(SourceFormat.ScannedPdf, model.Format);
        Assert.All(model.Blocks, b => Assert.InRange(b.Origin.OcrConfidence ?? -1, 0.01, 1));
        Assert.InRange(model.OcrConfidence ?? 0, 0.85, 1);
        Assert.Equal(Enumerable.Range(1, model.Blocks.Count), model.Blocks.Select(b => b.Origin.Line));
        Assert.Equal([1, 2], model.Blocks.Select(b => b.Origin.Page ?? 0).Distinct());
    }

    [Fact]
    public void The_number_date_and_title_are_read_with_their_digits_right()
    {
        var blocks = ScannedPlan.Read.Model.Blocks;

        var numberRow = Assert.Single(blocks, b => b.Kind == BlockKind.TableRow && b.Cells[0].StartsWith("Số", StringComparison.Ordinal));
        Assert.Equal(["Số: 12/KH-UBND", "Quảng Ngãi, ngày 10 tháng 3 năm 2022"], numberRow.Cells);
        Assert.Contains(blocks, b => b.Text == "KẾ HOẠCH");
        Assert.Contains(blocks, b => b.Text == ConvertedPlan.Title);
    }

    [Fact]
    public void Every_line_reads_close_to_the_text_of_the_docx()
    {
        var source = ConvertedPlan.Files.DocxLines;
        var ocr = ScannedPlan.Read.Model.Blocks.Select(b => b.Text).ToList();

        var similarity = LineSimilarity.PerLine(source, ocr);
        foreach (var (line, score) in source.Zip(similarity).Where(p => p.Second < 1))
        {
            output.WriteLine($"{score:0.000} {line}");
        }

        output.WriteLine($"mean {similarity.Average():0.000}, worst {similarity.Min():0.000}, exact {similarity.Count(s => s == 1)}/{source.Count}");
        Assert.True(similarity.Average() >= MeanFloor, $"mean line similarity {similarity.Average():0.000} < {MeanFloor}:\n{string.Join('\n', ocr)}");
        Assert.All(source.Zip(similarity), p => Assert.True(p.Second >= LineFloor, $"\"{p.First}\" read at {p.Second:0.000}:\n{string.Join('\n', ocr)}"));
    }

    [Fact]
    public void Ocr_leaves_no_temporary_files()
    {
        Assert.Empty(ScannedPlan.Read.LeftBehind);
    }

    [Fact]
    public void The_scan_imports_with_its_number_date_and_title()
    {
        using var scratch = new ScratchFolder();
        var result = DocumentReader.Read(scratch.Write($"{ConvertedPlan.FileStem}-scan.pdf", ConvertedPlan.Files.ScannedPdfBytes), Repository.Registry);

        ImportedPlan.AssertNumberDateAndTitle(result);
    }
}
