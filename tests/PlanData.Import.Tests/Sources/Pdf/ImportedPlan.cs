namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>
/// An imported plan as the lines a reader of it cares about (number, date, issuer, title, items,
/// recipients), leaving out what differs between formats of the same text: the file, its hash
/// and line numbers (a .docx has empty paragraphs that a PDF does not).
/// </summary>
public static class ImportedPlan
{
    public static string[] Describe(ImportResult result)
    {
        Assert.True(result.Plan is not null, result.Report.ToString());
        var (document, plan) = (result.Plan.Document, result.Plan.Plan);
        return
        [
            $"number: {document.Number} ({document.Kind}, {document.KindCode}, serial {document.Serial})",
            $"issued: {plan.IssuedOn:yyyy-MM-dd} at {plan.IssuedAt} ({plan.Jurisdiction}) by {plan.Issuer}",
            $"title: {plan.Title}",
            $"signature: {plan.Signature}",
            .. plan.Purposes.Select(p => $"purpose: {p}"),
            .. plan.Items.Select(i => $"item {i.Number}: {i.Title} | {i.Schedule.Text} | {string.Join(", ", i.Assignments.Select(a => $"{a.Role} {a.Agency}"))}"),
            .. plan.References.Select(r => $"cites: {r.To.Number} ({r.Relation})"),
            .. plan.Recipients.Select(r => $"recipient: {r.Text} ({r.Agency})"),
        ];
    }

    public static void AssertNumberDateAndTitle(ImportResult result)
    {
        Assert.True(result.Plan is not null, result.Report.ToString());
        Assert.Equal(ConvertedPlan.Number, result.Plan.Document.Number);
        Assert.Equal(ConvertedPlan.IssuedOn, result.Plan.Plan.IssuedOn);
        Assert.Equal(ConvertedPlan.Title, result.Plan.Plan.Title);
    }
}
