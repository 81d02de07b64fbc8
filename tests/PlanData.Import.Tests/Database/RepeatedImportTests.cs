namespace PlanData.Import.Tests.Database;

/// <summary>Importing what is already there is harmless: the file is not rewritten and the report says so.</summary>
public sealed class RepeatedImportTests
{
    [Fact]
    public async Task Importing_the_same_document_twice_leaves_the_database_byte_identical()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var before = scratch.DatabaseState();

        var outcome = await scratch.ImportAsync(ScratchFolder.SeedDocument);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Equal(before, scratch.DatabaseState());
    }

    [Fact]
    public async Task The_second_import_is_reported_as_already_imported()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();

        var report = (await scratch.ImportAsync(ScratchFolder.SeedDocument)).Reports.Single();

        Assert.False(report.HasErrors);
        Assert.Contains(
            "quang-ngai-04-KH-BCD-2022.txt: warning: 04/KH-BCĐ is already imported from the same file; nothing changed",
            report.ToString().Split('\n'));
    }

    [Fact]
    public async Task The_same_document_twice_in_one_run_is_imported_once()
    {
        using var once = new ScratchFolder();
        await once.ImportSeedAsync();
        using var scratch = new ScratchFolder();

        var outcome = await scratch.ImportAsync(ScratchFolder.SeedDocument, ScratchFolder.SeedDocument);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Contains(outcome.Reports[1].Messages, m => m.Code == "already-imported");
        Assert.Equal(once.Dump(), scratch.Dump());
    }
}
