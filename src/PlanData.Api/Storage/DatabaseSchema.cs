using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Plans;
using PlanData.Search;
using PlanData.Storage;

namespace PlanData.Api.Storage;

/// <summary>
/// The tables and columns this build reads: those of an empty database made the way the importer
/// makes one (EF Core's model, then the search index). A file that lacks some of them was built by
/// an older version, one with more by a newer one; a file without the plan items table is not ours.
/// </summary>
public static class DatabaseSchema
{
    private const int Listed = 3;

    private static readonly Lazy<Task<(string MarkerTable, SortedSet<string> Parts)>> _expected = new(BuildExpectedAsync);

    /// <summary>
    /// The code the expected schema comes from (the model's assembly and EF Core's, by module version id):
    /// two starts with the same reader expect the same schema, so a file this reader accepted need not be compared again.
    /// </summary>
    public static string Reader { get; } = string.Join(
        ' ',
        new[] { typeof(PlanDataContext), typeof(DbContext), typeof(RelationalDatabaseFacadeExtensions), typeof(SqliteDbContextOptionsBuilderExtensions) }
            .Select(type => type.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    /// <summary>What keeps this build from reading the database; null when its schema is the expected one.</summary>
    public static async Task<string?> ProblemAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var (marker, expected) = await _expected.Value;
        return await HasTableAsync(connection, marker, cancellationToken)
            ? Compare(expected, await ReadPartsAsync(connection, cancellationToken))
            : NotOurs(marker);
    }

    public static string NotOurs(string marker) => $"is not a plan-data database: it has no {marker} table";

    /// <summary>How the schema read ("table T", "column T.C") differs from the one this build reads; null when it does not.</summary>
    public static string? Compare(SortedSet<string> expected, SortedSet<string> actual)
    {
        var missing = Describe(expected.Except(actual));
        var unknown = Describe(actual.Except(expected));
        return (missing, unknown) switch
        {
            (null, null) => null,
            (_, null) => $"has an older schema than this API reads (missing {missing}): rebuild it with the import command",
            (null, _) => $"has a newer schema than this API reads (unknown {unknown}): serve it with the API version that built it",
            _ => $"has a schema this API does not read (missing {missing}; unknown {unknown})",
        };
    }

    private static async Task<(string, SortedSet<string>)> BuildExpectedAsync()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new PlanDataContext(new DbContextOptionsBuilder<PlanDataContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        await SearchIndex.RebuildAsync(db);
        var marker = db.Model.FindEntityType(typeof(PlanItem))?.GetTableName() ?? throw new InvalidOperationException("PlanItem has no table.");
        return (marker, await ReadPartsAsync(connection, CancellationToken.None));
    }

    private static async Task<bool> HasTableAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = $name)";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>"table T" for every table and "column T.C" for each of its columns (SQLite's own sqlite_* tables left out).</summary>
    private static async Task<SortedSet<string>> ReadPartsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name, c.name FROM sqlite_schema AS m JOIN pragma_table_info(m.name) AS c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
            """;
        var parts = new SortedSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            parts.Add($"table {reader.GetString(0)}");
            parts.Add($"column {reader.GetString(0)}.{reader.GetString(1)}");
        }

        return parts;
    }

    /// <summary>The first few differences; a whole table stands for its columns.</summary>
    private static string? Describe(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        var tables = list.Where(p => p.StartsWith("table ", StringComparison.Ordinal)).Select(p => p["table ".Length..]).ToHashSet(StringComparer.Ordinal);
        var shown = list.Where(p => !p.StartsWith("column ", StringComparison.Ordinal) || !tables.Contains(p["column ".Length..p.IndexOf('.', StringComparison.Ordinal)])).ToList();
        return shown.Count switch
        {
            0 => null,
            <= Listed => string.Join(", ", shown),
            _ => $"{string.Join(", ", shown.Take(Listed))} and {shown.Count - Listed} more",
        };
    }
}
