namespace PlanData.Import.Tests.Database;

/// <summary>Adding documents never changes an existing ID: the natural keys are built from printed facts only.</summary>
public sealed class StableKeyTests
{
    [Fact]
    public async Task Importing_more_documents_keeps_every_earlier_key()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var before = Keys(scratch);

        var outcome = await scratch.ImportAsync(ScratchFolder.Fixture(ScratchFolder.Fixture15), ScratchFolder.Fixture(ScratchFolder.Fixture27));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        var after = Keys(scratch);
        foreach (var (table, keys) in before)
        {
            Assert.Empty(keys.Except(after[table]));
            Assert.True(after[table].Count >= keys.Count);
        }

        Assert.Equal(3, after["plans"].Count);
        Assert.Equal(["plan.sqlite"], Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Importing_more_documents_leaves_the_first_plan_and_its_items_as_they_were()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var plan = scratch.Rows("SELECT * FROM Plans WHERE Key = 'quang-ngai:2022:4/KH-BCĐ'");
        var items = ItemRows(scratch);

        var outcome = await scratch.ImportAsync(ScratchFolder.Fixture(ScratchFolder.Fixture15), ScratchFolder.Fixture(ScratchFolder.Fixture27));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Single(plan);
        Assert.Equal(11, items.Count);
        Assert.Equal(plan, scratch.Rows("SELECT * FROM Plans WHERE Key = 'quang-ngai:2022:4/KH-BCĐ'"));
        Assert.Equal(items, ItemRows(scratch));
    }

    private static List<string> ItemRows(ScratchFolder scratch) =>
        scratch.Rows("SELECT i.* FROM PlanItems i JOIN Plans p ON p.Id = i.PlanId WHERE p.Key = 'quang-ngai:2022:4/KH-BCĐ' ORDER BY i.Key");

    private static Dictionary<string, List<string>> Keys(ScratchFolder scratch)
    {
        using var db = scratch.Open();
        return new()
        {
            ["plans"] = [.. db.Plans.Select(p => p.Key)],
            ["plan items"] = [.. db.PlanItems.Select(i => i.Key)],
            ["agencies"] = [.. db.Agencies.Select(a => a.Code)],
            ["indicators"] = [.. db.Indicators.Select(i => i.Key)],
            ["documents"] = [.. db.Documents.Select(d => d.Key)],
        };
    }
}
