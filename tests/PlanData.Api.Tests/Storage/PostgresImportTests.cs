using PlanData.Api.Tests.Cli;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// The import command into a PostgreSQL database (Database__Provider=PostgreSQL, the connection string
/// as --db): one transaction, so a refused document leaves every row as it was, and a file imported
/// twice changes nothing the second time, not even the data version.
/// </summary>
[Trait("Database", TestDatabase.PostgresTrait)]
public sealed class PostgresImportTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"import-{Guid.NewGuid():N}");
    private readonly CliScratch _scratch = new();

    [Fact]
    public async Task A_refused_document_leaves_the_database_unchanged()
    {
        var bad = _scratch.Write("no-number.txt", File.ReadAllText(CliScratch.SeedDocument).Replace("Số: 04 /KH-BCĐ", "Số: abc", StringComparison.Ordinal));
        var before = TestDatabase.Fingerprint(_path);

        var result = await ImportAsync(OperatorImport.Plan15, bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-number.txt:3: error: \"abc\" is not a document number, and the header names no issuer\n", result.Output);
        Assert.StartsWith("nothing was imported: PostgreSQL database plan_test_", Assert.Single(result.ErrorLines));
        Assert.Equal(before, TestDatabase.Fingerprint(_path));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var before = TestDatabase.Fingerprint(_path);
        Assert.Equal(0, (await ImportAsync(OperatorImport.Plan15)).ExitCode);
        var once = TestDatabase.Fingerprint(_path);

        var again = await ImportAsync(OperatorImport.Plan15);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("is already imported from the same file; nothing changed", again.Output);
        Assert.NotEqual(before, once);
        Assert.Equal(once, TestDatabase.Fingerprint(_path));
    }

    public void Dispose()
    {
        _scratch.Dispose();
        TestDatabase.Delete(_path);
    }

    private Task<ApiProcessResult> ImportAsync(params string[] documents) =>
        ApiServerProcess.RunToExitAsync(
            new ApiServerSettings
            {
                Arguments = ["import", .. documents, "--db", TestDatabase.ConnectionString(_path)],
                Environment = new Dictionary<string, string> { ["Database__Provider"] = "PostgreSQL" },
            },
            TimeSpan.FromMinutes(2));
}
