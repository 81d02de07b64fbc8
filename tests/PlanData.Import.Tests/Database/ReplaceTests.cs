using Microsoft.EntityFrameworkCore;
using PlanData.Import.Database;

namespace PlanData.Import.Tests.Database;

/// <summary>A corrected copy of an imported document (same number, issuer and year) replaces it only when asked to.</summary>
public sealed class ReplaceTests
{
    private const string PlanKey = "quang-ngai:2022:4/KH-BCĐ";
    private const string CorrectedTitle = "Hoạt động năm 2022 của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi";

    [Fact]
    public async Task Without_replace_a_corrected_copy_is_refused_and_the_first_one_stays()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var corrected = BadDocument.Write(scratch, BadInput.DuplicateNumber);
        var before = scratch.DatabaseState();

        var outcome = await scratch.ImportAsync(corrected);

        Assert.False(outcome.Succeeded);
        Assert.Equal(["duplicate-number"], outcome.Reports.Single().Messages.Where(m => m.Severity == Reports.ImportSeverity.Error).Select(m => m.Code));
        Assert.Equal(before, scratch.DatabaseState());
    }

    [Fact]
    public async Task With_replace_the_corrected_content_wins()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var corrected = BadDocument.Write(scratch, BadInput.DuplicateNumber);

        var outcome = await scratch.ImportAsync(new ImportOptions(Replace: true), corrected);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        using var db = scratch.Open();
        var plan = await db.Plans.Include(p => p.Document).Include(p => p.Items).SingleAsync();
        Assert.Equal(CorrectedTitle, plan.Title);
        Assert.Equal(CorrectedTitle, plan.Document!.Summary);
        Assert.Equal("quang-ngai-04-corrected.txt", plan.Source.FileName);
        Assert.Equal(ScratchFolder.Sha256(corrected), plan.Source.Sha256);
        var item4 = plan.Items.Single(i => i.Code == "4");
        Assert.Equal("Tháng 10/2022", item4.Schedule.Text);
        Assert.Equal(new DateOnly(2022, 10, 1), item4.Schedule.Start);
    }

    [Fact]
    public async Task With_replace_every_natural_key_of_the_plan_stays_the_same()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var before = Keys(scratch);
        var corrected = BadDocument.Write(scratch, BadInput.DuplicateNumber);

        var outcome = await scratch.ImportAsync(new ImportOptions(Replace: true), corrected);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Equal(before, Keys(scratch));
        Assert.Contains(PlanKey, before);
        Assert.Contains(PlanKey + "#11", before);
    }

    [Fact]
    public async Task With_replace_the_database_holds_what_importing_only_the_corrected_copy_gives()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var corrected = BadDocument.Write(scratch, BadInput.DuplicateNumber);
        using var fresh = new ScratchFolder();
        Assert.True((await fresh.ImportAsync(corrected)).Succeeded);

        var outcome = await scratch.ImportAsync(new ImportOptions(Replace: true), corrected);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Equal(Content(fresh), Content(scratch));
    }

    [Fact]
    public async Task With_replace_a_document_only_the_first_copy_cited_is_gone()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var corrected = scratch.Write("quang-ngai-04-without-1439.txt", File.ReadAllText(ScratchFolder.SeedDocument).Replace(
            " theo Quyết định số 1439/QĐ-UBND ngày 16/9/2021.", ".", StringComparison.Ordinal));
        using var fresh = new ScratchFolder();
        Assert.True((await fresh.ImportAsync(corrected)).Succeeded);

        var outcome = await scratch.ImportAsync(new ImportOptions(Replace: true), corrected);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        using var db = scratch.Open();
        Assert.DoesNotContain("quang-ngai:2021:1439/QĐ-UBND", db.Documents.Select(d => d.Key));
        Assert.Equal(Content(fresh), Content(scratch));
    }

    [Fact]
    public async Task Replacing_with_the_very_same_file_changes_nothing()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var before = scratch.DatabaseState();

        var outcome = await scratch.ImportAsync(new ImportOptions(Replace: true), ScratchFolder.SeedDocument);

        Assert.True(outcome.Succeeded);
        Assert.Contains(outcome.Reports.Single().Messages, m => m.Code == "already-imported");
        Assert.Equal(before, scratch.DatabaseState());
    }

    private static List<string> Keys(ScratchFolder scratch)
    {
        using var db = scratch.Open();
        return
        [
            .. db.Plans.Select(p => p.Key),
            .. db.PlanItems.Select(i => i.Key),
            .. db.Indicators.Select(i => i.Key),
            .. db.Documents.Select(d => d.Key),
            .. db.Agencies.Select(a => a.Code),
        ];
    }

    /// <summary>Every row without its surrogate ids, which a replaced plan's rows get anew.</summary>
    private static List<string> Content(ScratchFolder scratch) =>
        scratch.Dump(column: c => c != "Id" && !c.EndsWith("Id", StringComparison.Ordinal));
}
