using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PlanData.Plans;
using PlanData.Search;
using PlanData.Text;

namespace PlanData.Storage;

/// <summary>
/// The PostgreSQL schema: EF Core's model (the same one SQLite gets), the search index, the data
/// version row, and trigram indexes on the folded text columns so that contains / startsWith /
/// endsWith filters on them are index lookups. Created in one transaction under an advisory lock,
/// so that replicas starting together on an empty database create it once.
/// </summary>
public static class PostgresSchema
{
    /// <summary>One row: the version of the data, replaced by every import that changes something.</summary>
    public const string VersionTable = "plan_data_version";

    // Any fixed number: every process that creates the schema or imports takes this lock first.
    private const long ImportLock = 0x706c616e64617461;

    /// <summary>Strings compare and sort by code point, as SQLite's do, whatever the server's locale.</summary>
    public static void UseOrdinalCollation(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            // Enums are stored by name (a converter the conventions add later), so they are text too.
            if ((property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string) || (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType).IsEnum)
            {
                property.SetCollation("C");
            }
        }
    }

    /// <summary>The table whose absence means "not a plan-data database".</summary>
    public static string MarkerTable(PlanDataContext db) =>
        db.Model.FindEntityType(typeof(PlanItem))?.GetTableName() ?? throw new InvalidOperationException("PlanItem has no table.");

    /// <summary>
    /// Takes the import lock for the rest of <paramref name="transaction"/> and creates the schema
    /// when the database has none; true when it did.
    /// </summary>
    public static async Task<bool> LockAndEnsureAsync(PlanDataContext db, CancellationToken cancellationToken)
    {
        await ExecuteAsync(db, $"SELECT pg_advisory_xact_lock({ImportLock})", cancellationToken);
        if (await HasTableAsync(db, MarkerTable(db), cancellationToken))
        {
            return false;
        }

        try
        {
            await ExecuteAsync(db, "CREATE EXTENSION IF NOT EXISTS pg_trgm", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedFile or PostgresErrorCodes.FeatureNotSupported or PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new InvalidOperationException($"the PostgreSQL extension pg_trgm cannot be created ({e.MessageText}): it ships with the server's contrib modules (Debian: postgresql-contrib, part of the postgresql package); install it, or have a superuser run CREATE EXTENSION pg_trgm in the database", e);
        }

        await ExecuteAsync(db, db.Database.GenerateCreateScript(), cancellationToken);
        foreach (var sql in TrigramIndexes(db.Model).Concat(PostgresSearchIndex.Create).Append(CreateVersionTable))
        {
            await ExecuteAsync(db, sql, cancellationToken);
        }

        return true;
    }

    /// <summary>Gives the data a new version, seen by every reader whose transaction starts after this one commits.</summary>
    public static Task NewVersionAsync(PlanDataContext db, CancellationToken cancellationToken) =>
        ExecuteAsync(db, $"""
            INSERT INTO {VersionTable} (id, imported_at) VALUES ('{Guid.NewGuid():N}', now())
            ON CONFLICT (singleton) DO UPDATE SET id = excluded.id, imported_at = excluded.imported_at
            """, cancellationToken);

    /// <summary>Whether the database has the data version row, i.e. any import finished.</summary>
    public static async Task<bool> HasDataAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {VersionTable})", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private const string CreateVersionTable = $"""
        CREATE TABLE {VersionTable} (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            id text NOT NULL,
            imported_at timestamptz NOT NULL)
        """;

    private static IEnumerable<string> TrigramIndexes(IModel model) =>
        from table in model.GetRelationalModel().Tables
        from column in table.Columns
        where column.Name.EndsWith(FoldedNames.Suffix, StringComparison.Ordinal) && column.StoreType == "text"
        select $"""CREATE INDEX "IX_{table.Name}_{column.Name}_trgm" ON "{table.Name}" USING gin ("{column.Name}" gin_trgm_ops)""";

    private static async Task<bool> HasTableAsync(PlanDataContext db, string table, CancellationToken cancellationToken)
    {
        await using var command = Command(db, "SELECT to_regclass(quote_ident(@table)) IS NOT NULL");
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>A command on the context's connection and transaction, bypassing EF's formatting of braces in raw SQL.</summary>
    public static NpgsqlCommand Command(PlanDataContext db, string sql) =>
        new(sql, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());

    private static async Task ExecuteAsync(PlanDataContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(db, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
