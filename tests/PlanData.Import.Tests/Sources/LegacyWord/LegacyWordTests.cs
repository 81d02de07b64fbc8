using PlanData.Import.Sources;
using PlanData.Import.Sources.LegacyWord;
using PlanData.Import.Tests.Database;
using PlanData.Import.Tests.Oracle;
using PlanData.Import.Tests.Sources.Ocr;
using PlanData.Import.Tests.Sources.Pdf;
using PlanData.Plans;

namespace PlanData.Import.Tests.Sources.LegacyWord;

/// <summary>The plan saved by LibreOffice as an old Word .doc reads as the .docx it came from.</summary>
public sealed class LegacyWordTests
{
    [Fact]
    public async Task Two_docs_converted_at_once_both_read_as_the_docx_they_were_saved_from()
    {
        // Each conversion has a LibreOffice profile of its own; with a shared one the second would fail or wait.
        var bytes = ConvertedPlan.Files.DocBytes;
        var models = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => LegacyWordReader.Read(bytes, "plan.doc"))));

        Assert.All(models, model =>
        {
            Assert.Equal(SourceFormat.LegacyWord, model.Format);
            Assert.Equal(ConvertedPlan.Header.Select(row => $"| {string.Join(" | ", row)} |"), model.Blocks.Take(ConvertedPlan.Header.Length).Select(b => b.Text));

            // LibreOffice writes the .docx's page-break-before as a page break at the end of the previous
            // paragraph, which DocxReader reads as a line break: one more empty line, and no other difference.
            Assert.Equal(ConvertedPlan.Files.DocxLines, model.Blocks.Select(b => b.Text).Where(t => t.Length > 0));
        });
    }

    [Fact]
    public void The_doc_imports_to_the_plan_its_docx_imports_to()
    {
        using var scratch = new ScratchFolder();
        var doc = DocumentReader.Read(scratch.Write($"{ConvertedPlan.FileStem}.doc", ConvertedPlan.Files.DocBytes), Repository.Registry);
        var docx = DocumentReader.Read(scratch.Write($"{ConvertedPlan.FileStem}.docx", ConvertedPlan.Files.DocxBytes), Repository.Registry);

        ImportedPlan.AssertNumberDateAndTitle(doc);
        Assert.Equal(ImportedPlan.Describe(docx), ImportedPlan.Describe(doc));
    }

    [Fact]
    public void A_docx_named_doc_is_read_as_the_docx_it_is()
    {
        var model = LegacyWordReader.Read(ConvertedPlan.Files.DocxBytes, "plan.doc", new ExternalTools(_ => null));

        Assert.Equal(SourceFormat.Docx, model.Format);
        Assert.Equal(ConvertedPlan.Files.DocxModel.Text, model.Text);
    }

    [Fact]
    public void Without_libreoffice_a_doc_is_refused_naming_libreoffice_writer_nogui()
    {
        using var fake = new FakeTool();

        var error = Assert.Throws<ImportException>(() => LegacyWordReader.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "plan.doc", fake.Tools(("PLANDATA_SOFFICE", "/nonexistent/soffice"))));

        Assert.Equal(
            "plan.doc: reading this file needs LibreOffice, which is not installed (PLANDATA_SOFFICE is set to /nonexistent/soffice, which does not exist). "
            + "Install Debian's libreoffice-writer-nogui package (apt-get install libreoffice-writer-nogui), or set PLANDATA_SOFFICE to the program's path.",
            error.Message);
    }

    [Fact]
    public void A_conversion_that_takes_too_long_is_stopped_and_leaves_no_temporary_files()
    {
        using var fake = new FakeTool();
        var soffice = fake.Script("soffice", "sleep 60");

        var tools = fake.Tools(("PLANDATA_SOFFICE", soffice));
        var error = Assert.Throws<ImportException>(() => LegacyWordReader.Read(ConvertedPlan.Files.DocBytes, "plan.doc", tools, TimeSpan.FromSeconds(2)));

        Assert.Equal("plan.doc: converting the .doc file with LibreOffice took longer than 2 seconds and was stopped; the file may be damaged or too large to read here", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(fake.TemporaryRoot));
    }
}
