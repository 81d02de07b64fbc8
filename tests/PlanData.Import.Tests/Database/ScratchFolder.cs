using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Import.Database;
using PlanData.Import.Tests.Oracle;
using PlanData.Storage;

namespace PlanData.Import.Tests.Database;

/// <summary>
/// One test's temporary folder, deleted with everything in it: inputs go to <see cref="Inputs"/>,
/// the database lives alone in <see cref="DatabaseFolder"/> so that any file an import leaves
/// beside it shows in <see cref="DatabaseState"/>.
/// </summary>
public sealed class ScratchFolder : IDisposable
{
    public const string SeedFileName = "quang-ngai-04-KH-BCD-2022.txt";
    public const string Fixture15 = "quang-ngai-15-KH-UBND-2023.txt";
    public const string Fixture27 = "quang-ngai-27-KH-SKHCN-2025.txt";

    public ScratchFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "plan-data-import-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Inputs);
        Directory.CreateDirectory(DatabaseFolder);
    }

    public static string SeedDocument => Path.Combine(Repository.Seed, "documents", SeedFileName);

    public string Root { get; }

    public string Inputs => Path.Combine(Root, "in");

    public string DatabaseFolder => Path.Combine(Root, "db");

    public string DatabasePath => Path.Combine(DatabaseFolder, "plan.sqlite");

    private string ReadOnlyConnection =>
        new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public static string Fixture(string fileName) => Path.Combine(Repository.Fixtures, "documents", fileName);

    /// <summary>The seed document's lines, split on \n exactly as the file holds them.</summary>
    public static string[] SeedLines() => File.ReadAllText(SeedDocument).Split('\n');

    public string Write(string fileName, byte[] bytes)
    {
        var path = Path.Combine(Inputs, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string fileName, string text) => Write(fileName, Encoding.UTF8.GetBytes(text));

    public Task<ImportOutcome> ImportAsync(params string[] files) => ImportAsync(new ImportOptions(), files);

    public Task<ImportOutcome> ImportAsync(ImportOptions options, params string[] files) =>
        PlanDatabaseImporter.ImportAsync(DatabasePath, files, Repository.Registry, options);

    /// <summary>Builds the database the way a first run does: the seed document imported into a new file.</summary>
    public async Task ImportSeedAsync()
    {
        var outcome = await ImportAsync(SeedDocument);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.True(File.Exists(DatabasePath));
    }

    /// <summary>Every file in the database folder with its SHA-256: equal states mean a byte-identical database and no stray file.</summary>
    public string DatabaseState() =>
        string.Join("\n", Directory.EnumerateFileSystemEntries(DatabaseFolder)
            .Order(StringComparer.Ordinal)
            .Select(path => $"{Path.GetFileName(path)} {(File.Exists(path) ? Sha256(path) : "(folder)")}"));

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The database opened read-only, so that reading it cannot change a byte of it.</summary>
    public PlanDataContext Open() =>
        new(new DbContextOptionsBuilder<PlanDataContext>().UseSqlite(ReadOnlyConnection).Options);

    /// <summary>The rows of a query, one string a row ("column=value | ..."), with the columns <paramref name="column"/> keeps (all by default).</summary>
    /// <summary>
    /// Imports the seed, then a bad file beside it: the import must be refused with one error and leave the
    /// database byte for byte as it was. Returns that error.
    /// </summary>
    public async Task<Reports.ImportMessage> RefusedLeavingTheDatabaseAsItWasAsync(string fileName, byte[] bytes)
    {
        await ImportSeedAsync();
        var bad = Write(fileName, bytes);
        var before = DatabaseState();

        var outcome = await ImportAsync(bad);

        Assert.False(outcome.Succeeded);
        Assert.Equal(before, DatabaseState());
        return Assert.Single(outcome.Reports.Single().Messages, m => m.Severity == Reports.ImportSeverity.Error);
    }

    public List<string> Rows(string sql, Func<string, bool>? column = null)
    {
        using var sqlite = new SqliteConnection(ReadOnlyConnection);
        sqlite.Open();
        using var command = sqlite.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                .Where(i => column?.Invoke(reader.GetName(i)) ?? true)
                .Select(i => $"{reader.GetName(i)}={Show(reader.GetValue(i))}")));
        }

        return rows;
    }

    /// <summary>Every row of every table, sorted, with the columns <paramref name="column"/> keeps.</summary>
    public List<string> Dump(Func<string, bool>? column = null)
    {
        var tables = Rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
            .Select(row => row["name=".Length..])
            .ToList();
        return [.. tables.SelectMany(table => Rows($"SELECT * FROM \"{table}\"", column).Select(row => $"{table}: {row}")).Order(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }

    private static string Show(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
