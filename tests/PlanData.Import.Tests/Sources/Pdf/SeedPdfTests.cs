using PlanData.Import.Tests.Database;
using PlanData.Import.Tests.Oracle;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>
/// The seed plan printed to PDF (LibreOffice lays its long paragraphs out over several lines each):
/// read from the PDF it is the same plan as read from its text, every line placed.
/// </summary>
public sealed class SeedPdfTests
{
    [Fact]
    public void The_seed_as_a_pdf_imports_to_the_plan_its_text_imports_to()
    {
        using var scratch = new ScratchFolder();
        var pdf = DocumentTools.Convert(ScratchFolder.SeedDocument, "pdf", ".pdf", scratch.Inputs);

        var fromText = DocumentReader.Read(ScratchFolder.SeedDocument, Repository.Registry);
        var fromPdf = DocumentReader.Read(pdf, Repository.Registry);

        var text = Assert.IsType<PlanFile>(fromText.Plan, exactMatch: false);
        var read = Assert.IsType<PlanFile>(fromPdf.Plan, exactMatch: false);
        Assert.Equal(PlanData.Plans.SourceFormat.Pdf, read.Source.Format);
        Assert.Equal(read.Source.LineCount, read.Source.MappedLineCount);
        Assert.Equal(text.Plan.Items.Select(i => (i.Code, i.Title, i.Schedule, i.Assignments.Count)), read.Plan.Items.Select(i => (i.Code, i.Title, i.Schedule, i.Assignments.Count)));
        Assert.Equal(text.Plan.References.Select(r => r.To.Number), read.Plan.References.Select(r => r.To.Number));
        Assert.Equal(text.Plan.Recipients.Select(r => r.Agency), read.Plan.Recipients.Select(r => r.Agency));
        Assert.Equal(text.Plan.Signature, read.Plan.Signature);
    }
}
