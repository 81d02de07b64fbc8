using Microsoft.EntityFrameworkCore;
using PlanData.Import.Database;
using PlanData.Import.Reports;

namespace PlanData.Import.Tests.Database;

/// <summary>A copy cut short (the seed document up to line 40) is refused unless the user accepts an incomplete import.</summary>
public sealed class TruncatedDocumentTests
{
    [Fact]
    public async Task A_truncated_copy_is_refused_by_default()
    {
        using var scratch = new ScratchFolder();
        var truncated = BadDocument.Write(scratch, BadInput.Truncated);

        var outcome = await scratch.ImportAsync(truncated);

        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Reports.Single().Messages, m => m.Severity == ImportSeverity.Error);
        Assert.Equal("truncated", error.Code);
        Assert.Contains("--allow-incomplete", error.Message);
        Assert.False(File.Exists(scratch.DatabasePath));
    }

    [Fact]
    public async Task With_allow_incomplete_the_header_number_date_and_title_are_imported()
    {
        using var scratch = new ScratchFolder();
        var truncated = BadDocument.Write(scratch, BadInput.Truncated);

        var outcome = await scratch.ImportAsync(new ImportOptions(AllowIncomplete: true), truncated);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        using var db = scratch.Open();
        var plan = await db.Plans.Include(p => p.Document).Include(p => p.Issuer).SingleAsync();
        Assert.Equal("quang-ngai:2022:4/KH-BCĐ", plan.Key);
        Assert.Equal("04/KH-BCĐ", plan.Number);
        Assert.Equal("04 /KH-BCĐ", plan.Document!.PrintedNumber);
        Assert.Equal(new DateOnly(2022, 3, 10), plan.IssuedOn);
        Assert.Equal("Quảng Ngãi", plan.IssuedAt);
        Assert.Equal("quang-ngai", plan.JurisdictionCode);
        Assert.Equal("quang-ngai/bcd-cds", plan.Issuer!.Code);
        Assert.Equal("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022", plan.Title);
    }

    [Fact]
    public async Task With_allow_incomplete_every_citation_before_the_cut_is_imported()
    {
        using var whole = new ScratchFolder();
        await whole.ImportSeedAsync();
        using var scratch = new ScratchFolder();
        var truncated = BadDocument.Write(scratch, BadInput.Truncated);

        var outcome = await scratch.ImportAsync(new ImportOptions(AllowIncomplete: true), truncated);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        var expected = Citations(whole).Where(c => c.Line <= BadDocument.TruncatedAfter).ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, Citations(scratch));
    }

    [Fact]
    public async Task With_allow_incomplete_the_report_says_what_is_missing()
    {
        using var scratch = new ScratchFolder();
        var truncated = BadDocument.Write(scratch, BadInput.Truncated);

        var report = (await scratch.ImportAsync(new ImportOptions(AllowIncomplete: true), truncated)).Reports.Single();

        var warning = Assert.Single(report.Messages, m => m.Code == "truncated");
        Assert.Equal(ImportSeverity.Warning, warning.Severity);
        Assert.Equal(39, warning.Line);
        Assert.Contains(
            "quang-ngai-04-truncated.txt:39: warning: the document ends at line 39 without its organisation section (\"TỔ CHỨC THỰC HIỆN\"), recipients (\"Nơi nhận\") and signature; it looks truncated: imported what could be read, and its last item may be incomplete",
            report.ToString().Split('\n'));
    }

    private static List<(string To, string Relation, int Line, string Context)> Citations(ScratchFolder scratch)
    {
        using var db = scratch.Open();
        return [.. db.References.OrderBy(r => r.Position).Select(r => new { To = r.To!.Key, r.Relation, r.Line, r.Context }).AsEnumerable()
            .Select(r => (r.To, r.Relation.ToString(), r.Line, r.Context))];
    }
}
