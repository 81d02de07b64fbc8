using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using PlanData.Api.Cli;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Cli;

/// <summary>One `import` run: what it printed on each stream, and its exit code.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors);

/// <summary>
/// A temporary folder for one CLI test, deleted with everything in it: inputs in <see cref="Inputs"/>,
/// the database alone in <see cref="DatabaseFolder"/> so that a stray file beside it shows.
/// </summary>
public sealed class CliScratch : IDisposable
{
    public CliScratch()
    {
        Root = Path.Combine(Path.GetTempPath(), "plan-data-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Inputs);
        Directory.CreateDirectory(DatabaseFolder);
    }

    public static string SeedDocument => Path.Combine(RepositoryPaths.Seed, "documents", "quang-ngai-04-KH-BCD-2022.txt");

    public string Root { get; }

    public string Inputs => Path.Combine(Root, "in");

    public string DatabaseFolder => Path.Combine(Root, "db");

    public string DatabasePath => Path.Combine(DatabaseFolder, "plan.sqlite");

    public static string Fixture(string fileName) => Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Import.Tests", "Fixtures", "documents", fileName);

    public static async Task<CliRun> RunAsync(IServiceProvider services, params string[] arguments)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(services, arguments, output, errors);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    public string Write(string fileName, string text)
    {
        var path = Path.Combine(Inputs, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every file in the database folder with its SHA-256: equal states mean a byte-identical database and no stray file.</summary>
    public string DatabaseState() =>
        string.Join("\n", Directory.EnumerateFileSystemEntries(DatabaseFolder)
            .Order(StringComparer.Ordinal)
            .Select(path => $"{Path.GetFileName(path)} {(File.Exists(path) ? Sha256(path) : "(folder)")}"));

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
