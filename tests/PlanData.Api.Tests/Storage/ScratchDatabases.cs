using Microsoft.Data.Sqlite;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Import.Database;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// A folder of its own under plan-data-tests with a database built from the seed once, for tests
/// that make good and bad database files from it.
/// </summary>
public sealed class ScratchDatabases : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"storage-{Guid.NewGuid():N}");

    /// <summary>The seed database: plan 04/KH-BCĐ only.</summary>
    public string Seed => Path.Combine(Folder, "seed.sqlite");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var outcome = await SeedImport.ImportAsync(Seed, RepositoryPaths.Seed);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return Task.CompletedTask;
    }

    /// <summary>A new path in the folder, with no file at it.</summary>
    public string NewPath(string name) => Path.Combine(Folder, $"{name}-{Guid.NewGuid():N}.sqlite");

    /// <summary>A copy of the seed database with <paramref name="sql"/> run on it.</summary>
    public string CopyOfSeed(string name, string? sql = null)
    {
        var path = NewPath(name);
        File.Copy(Seed, path);
        if (sql is not null)
        {
            Execute(path, sql);
        }

        return path;
    }

    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
