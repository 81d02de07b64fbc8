using PlanData.Import.Database;
using PlanData.Import.Reports;

namespace PlanData.Import.Tests.Database;

/// <summary>An import is one transaction: a refused document leaves the database exactly as it was.</summary>
public sealed class FailedImportTests
{
    [Theory]
    [MemberData(nameof(BadDocument.All), MemberType = typeof(BadDocument))]
    public async Task A_refused_document_leaves_an_existing_database_byte_identical(BadInput input)
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var bad = BadDocument.Write(scratch, input);
        var before = scratch.DatabaseState();

        var outcome = await scratch.ImportAsync(bad);

        Assert.False(outcome.Succeeded);
        Assert.Equal([BadDocument.ErrorCode(input)], Errors(outcome.Reports.Single()));
        Assert.Equal(before, scratch.DatabaseState());
    }

    [Theory]
    [MemberData(nameof(BadDocument.All), MemberType = typeof(BadDocument))]
    public async Task A_refused_document_creates_no_database(BadInput input)
    {
        using var scratch = new ScratchFolder();
        var bad = BadDocument.Write(scratch, input);

        // A duplicate needs the first copy earlier in the same run.
        string[] run = input == BadInput.DuplicateNumber ? [ScratchFolder.SeedDocument, bad] : [bad];
        var outcome = await scratch.ImportAsync(run);

        Assert.False(outcome.Succeeded);
        Assert.Equal([BadDocument.ErrorCode(input)], Errors(outcome.Reports[^1]));
        Assert.False(File.Exists(scratch.DatabasePath));
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder));
    }

    [Fact]
    public async Task A_run_whose_last_document_is_bad_imports_none_of_them_into_an_existing_database()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var bad = BadDocument.Write(scratch, BadInput.NoNumber);
        var before = scratch.DatabaseState();

        var outcome = await scratch.ImportAsync(ScratchFolder.Fixture(ScratchFolder.Fixture15), ScratchFolder.Fixture(ScratchFolder.Fixture27), bad);

        Assert.False(outcome.Succeeded);
        Assert.Equal([false, false, true], outcome.Reports.Select(r => r.HasErrors));
        Assert.Equal(before, scratch.DatabaseState());
        using var db = scratch.Open();
        Assert.Equal(["quang-ngai:2022:4/KH-BCĐ"], db.Plans.Select(p => p.Key).ToList());
    }

    [Fact]
    public async Task A_run_whose_last_document_is_bad_creates_no_database()
    {
        using var scratch = new ScratchFolder();
        var bad = BadDocument.Write(scratch, BadInput.Binary);

        var outcome = await scratch.ImportAsync(ScratchFolder.SeedDocument, ScratchFolder.Fixture(ScratchFolder.Fixture15), bad);

        Assert.False(outcome.Succeeded);
        Assert.Equal([false, false, true], outcome.Reports.Select(r => r.HasErrors));
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder));
    }

    [Fact]
    public async Task A_failed_import_into_a_folder_that_does_not_exist_leaves_no_folder_behind()
    {
        using var scratch = new ScratchFolder();
        var bad = BadDocument.Write(scratch, BadInput.Empty);
        var database = Path.Combine(scratch.Root, "data", "plan.sqlite");

        var outcome = await PlanDatabaseImporter.ImportAsync(database, [bad], Oracle.Repository.Registry, new ImportOptions());

        Assert.False(outcome.Succeeded);
        Assert.False(Directory.Exists(Path.GetDirectoryName(database)));
    }

    private static IEnumerable<string> Errors(ImportReport report) =>
        report.Messages.Where(m => m.Severity == ImportSeverity.Error).Select(m => m.Code);
}
