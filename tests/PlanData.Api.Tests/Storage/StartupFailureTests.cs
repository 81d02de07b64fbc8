using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// A database the API cannot serve stops the real process at start with one line that names the file
/// and the problem, and a non-zero exit code: no stack trace, no server answering with broken data.
/// </summary>
[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class StartupFailureTests(ScratchDatabases databases) : IClassFixture<ScratchDatabases>
{
    [Theory]
    [InlineData("missing", "database not found: {0} (set Database:Path, or run the import command to create it)")]
    [InlineData("empty", "database {0} is empty (0 bytes)")]
    [InlineData("garbage", "database {0} is not a SQLite database")]
    [InlineData("truncated", "database {0} is truncated")]
    [InlineData("damaged", "database {0} is damaged")]
    [InlineData("foreign", "database {0} is not a plan-data database: it has no PlanItems table")]
    [InlineData("older", "database {0} has an older schema than this API reads (missing table search_index")]
    [InlineData("newer", "database {0} has a newer schema than this API reads (unknown column PlanItems.Priority)")]
    [InlineData("folder", "database {0} is a folder, not a file")]
    public async Task A_database_that_cannot_be_served_stops_the_start_with_one_error_line(string kind, string expected)
    {
        var path = Make(kind);

        var result = await ApiServerProcess.RunToExitAsync(
            new ApiServerSettings
            {
                Arguments = ["--urls", "http://127.0.0.1:0"],
                DatabasePath = path,
                Environment = new Dictionary<string, string> { ["Database__CreateFromSeed"] = "false" },
            },
            TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode != 0, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {string.Format(expected, path)}", line);
        Assert.Single([.. result.OutputLines, .. result.ErrorLines], l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("fail", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain([.. result.OutputLines, .. result.ErrorLines], l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    private string Make(string kind)
    {
        var path = databases.NewPath(kind);
        switch (kind)
        {
            case "missing":
                return Path.Combine(databases.Folder, "no-such-folder", "plan-data.sqlite");
            case "empty":
                File.WriteAllBytes(path, []);
                return path;
            case "garbage":
                var bytes = new byte[64 * 1024];
                new Random(6).NextBytes(bytes);
                File.WriteAllBytes(path, bytes);
                return path;
            case "truncated":
                var whole = File.ReadAllBytes(databases.Seed);
                File.WriteAllBytes(path, whole[..(whole.Length / 2)]);
                return path;
            case "damaged":
                return Damaged();
            case "foreign":
                ScratchDatabases.Execute(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('not a plan')");
                return path;
            case "older":
                // What a database built before search existed looks like.
                return databases.CopyOfSeed(kind, "DROP TABLE search_index");
            case "newer":
                return databases.CopyOfSeed(kind, "ALTER TABLE PlanItems ADD COLUMN Priority INTEGER");
            case "folder":
                Directory.CreateDirectory(path);
                return path;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>A whole file with the right header and length whose second page (a table's root) is overwritten.</summary>
    private string Damaged()
    {
        var path = databases.CopyOfSeed("damaged");
        var bytes = File.ReadAllBytes(path);
        var pageSize = (bytes[16] << 8) | bytes[17];
        new Random(6).NextBytes(bytes.AsSpan(pageSize, pageSize));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
