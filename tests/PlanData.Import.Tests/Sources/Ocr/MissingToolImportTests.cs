using PlanData.Import.Reports;
using PlanData.Import.Tests.Database;
using PlanData.Import.Tests.Sources.Pdf;

namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>An import of a scan on a machine without Tesseract fails with the one error naming its packages, and changes nothing.</summary>
[Collection(nameof(ProcessEnvironmentCollection))]
public sealed class MissingToolImportTests
{
    [Fact]
    public async Task Importing_a_scan_without_tesseract_gives_one_error_naming_the_packages_and_leaves_the_database_byte_identical()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var scan = scratch.Write("quang-ngai-12-KH-UBND-2022-scan.pdf", TestPdf.ImageOnly(1));
        var before = scratch.DatabaseState();

        var outcome = await ProcessEnvironmentCollection.WithVariableAsync("PLANDATA_TESSERACT", "/nonexistent/tesseract", () => scratch.ImportAsync(scan));

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Reports.Single().Messages, m => m.Severity == ImportSeverity.Error);
        Assert.Equal("unreadable", error.Code);
        Assert.Contains("install Debian's tesseract-ocr and tesseract-ocr-vie packages", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, scratch.DatabaseState());
    }
}
