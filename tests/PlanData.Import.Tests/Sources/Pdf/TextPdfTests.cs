using System.Text;
using PlanData.Import.Sources;
using PlanData.Import.Sources.Pdf;
using PlanData.Import.Tests.Database;
using PlanData.Import.Tests.Oracle;
using PlanData.Plans;

namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>The plan saved as PDF by LibreOffice reads as the .docx it came from.</summary>
public sealed class TextPdfTests
{
    private static readonly Lazy<DocumentModel> Model = new(() => PdfReader.Read(ConvertedPlan.Files.PdfBytes, "plan.pdf"));

    [Fact]
    public void The_header_table_reads_as_rows_whose_cells_stay_apart()
    {
        var rows = Model.Value.Blocks.Take(ConvertedPlan.Header.Length).ToList();

        Assert.All(rows, row => Assert.Equal(BlockKind.TableRow, row.Kind));
        Assert.Equal(ConvertedPlan.Header, rows.Select(r => r.Cells.ToArray()));
        Assert.Equal("| Số: 12/KH-UBND | Quảng Ngãi, ngày 10 tháng 3 năm 2022 |", rows[2].Text);
    }

    [Fact]
    public void Every_line_reads_as_the_docx_said_in_nfc()
    {
        var lines = Model.Value.Blocks.Select(b => b.Text).ToList();

        Assert.Equal(ConvertedPlan.Files.DocxLines, lines);
        Assert.All(lines, line => Assert.True(line.IsNormalized(NormalizationForm.FormC), line));
    }

    [Fact]
    public void Every_block_records_its_line_and_page()
    {
        var blocks = Model.Value.Blocks;
        var secondPage = blocks.ToList().FindIndex(b => b.Text == ConvertedPlan.SecondPageStart);

        Assert.Equal(SourceFormat.Pdf, Model.Value.Format);
        Assert.Equal(Enumerable.Range(1, blocks.Count), blocks.Select(b => b.Origin.Line));
        Assert.True(secondPage > 0);
        Assert.Equal([.. Enumerable.Repeat<int?>(1, secondPage), .. Enumerable.Repeat<int?>(2, blocks.Count - secondPage)], blocks.Select(b => b.Origin.Page));
        Assert.All(blocks, b => Assert.Null(b.Origin.OcrConfidence));
    }

    [Fact]
    public void The_pdf_imports_to_the_plan_its_docx_imports_to()
    {
        using var scratch = new ScratchFolder();
        var pdf = DocumentReader.Read(scratch.Write($"{ConvertedPlan.FileStem}.pdf", ConvertedPlan.Files.PdfBytes), Repository.Registry);
        var docx = DocumentReader.Read(scratch.Write($"{ConvertedPlan.FileStem}.docx", ConvertedPlan.Files.DocxBytes), Repository.Registry);

        ImportedPlan.AssertNumberDateAndTitle(pdf);
        Assert.Equal(ImportedPlan.Describe(docx), ImportedPlan.Describe(pdf));
    }
}
