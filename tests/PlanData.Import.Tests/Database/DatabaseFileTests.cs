using Microsoft.EntityFrameworkCore;

namespace PlanData.Import.Tests.Database;

/// <summary>The imported database is one self-contained file, which readers open without writing beside it.</summary>
public sealed class DatabaseFileTests
{
    [Fact]
    public async Task A_new_database_is_the_only_file_in_its_folder()
    {
        using var scratch = new ScratchFolder();

        await scratch.ImportSeedAsync();

        Assert.Equal(["plan.sqlite"], Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Reading_the_database_read_only_as_the_api_does_leaves_it_alone()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var before = scratch.DatabaseState();

        using (var db = scratch.Open())
        {
            Assert.Equal(11, await db.PlanItems.CountAsync());
        }

        Assert.Equal(before, scratch.DatabaseState());
    }

    [Fact]
    public async Task Adding_to_an_existing_database_leaves_only_the_database_in_its_folder()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var before = ScratchFolder.Sha256(scratch.DatabasePath);

        var outcome = await scratch.ImportAsync(ScratchFolder.Fixture(ScratchFolder.Fixture27));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.NotEqual(before, ScratchFolder.Sha256(scratch.DatabasePath));
        Assert.Equal(["plan.sqlite"], Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder).Select(Path.GetFileName));
    }
}
