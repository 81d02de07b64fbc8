using System.Diagnostics;
using PlanData.Import.Sources;
using PlanData.Import.Sources.Ocr;
using PlanData.Import.Sources.Pdf;
using PlanData.Import.Tests.Sources.Pdf;

namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>OCR that fails or hangs ends in one clear error, and leaves no temporary files either way.</summary>
public sealed class OcrFailureTests
{
    // Answers the language check as Tesseract does, so that only reading a page fails.
    private const string ListsVietnamese = "if [ \"$1\" = --list-langs ]; then echo 'List of available languages (1):'; echo vie; exit 0; fi";

    private static readonly byte[] Scan = TestPdf.ImageOnly(1);

    [Fact]
    public void A_failing_ocr_run_is_an_error_with_its_reason_and_leaves_no_temporary_files()
    {
        DocumentTools.Require("pdftoppm");
        using var fake = new FakeTool();
        var tesseract = fake.Script("tesseract", ListsVietnamese + "\necho 'Error in pixReadStream: unknown format' >&2\nexit 1");

        var tools = fake.Tools(("PLANDATA_TESSERACT", tesseract));
        var error = Assert.Throws<ImportException>(() => PdfReader.Read(Scan, "scan.pdf", tools));

        Assert.Equal("scan.pdf: OCR of scanned page 1 failed (Error in pixReadStream: unknown format)", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(fake.TemporaryRoot));
    }

    [Fact]
    public void An_ocr_run_that_takes_too_long_is_stopped_and_leaves_no_temporary_files()
    {
        DocumentTools.Require("pdftoppm");
        using var fake = new FakeTool();
        var tesseract = fake.Script("tesseract", ListsVietnamese + "\nsleep 60");
        var clock = Stopwatch.StartNew();

        var tools = fake.Tools(("PLANDATA_TESSERACT", tesseract));
        var error = Assert.Throws<ImportException>(() => ScannedPdfReader.Read(Scan, "scan.pdf", [1], tools, TimeSpan.FromSeconds(2)));

        Assert.Equal("scan.pdf: OCR of scanned page 1 took longer than 2 seconds and was stopped; the file may be damaged or too large to read here", error.Message);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 30);
        Assert.Empty(Directory.EnumerateFileSystemEntries(fake.TemporaryRoot));
    }

    [Fact]
    public void A_scan_of_more_pages_than_are_read_is_refused_before_any_tool_runs()
    {
        var nothing = new ExternalTools(name => name.StartsWith("PLANDATA_", StringComparison.Ordinal) ? "/nonexistent/tool" : null);

        var error = Assert.Throws<ImportException>(() => PdfReader.Read(TestPdf.ImageOnly(ScannedPdfReader.MaxPages + 1), "scan.pdf", nothing));

        Assert.Equal($"scan.pdf: the PDF has 201 scanned pages, more than the 200 that are read by OCR; import the document's text original, or split the scan", error.Message);
    }
}
