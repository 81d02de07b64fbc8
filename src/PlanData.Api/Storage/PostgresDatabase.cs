using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanData.Search;
using PlanData.Storage;

namespace PlanData.Api.Storage;

/// <summary>
/// The PostgreSQL database the API serves (Database:Provider=PostgreSQL). Each request reads in a
/// READ ONLY, REPEATABLE READ transaction whose first statement reads the data version row, in
/// the same round trip as its BEGIN: the response and its entity tag come from one snapshot, and
/// an import committed by any process is seen by the next request of every API instance.
/// </summary>
public sealed class PostgresDatabase(IOptions<DatabaseOptions> options, ILogger<PostgresDatabase> logger) : ISnapshotSource, IDisposable
{
    private static readonly string _begin = $"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT id FROM {PostgresSchema.VersionTable}";

    private readonly string _connectionString = options.Value.ConnectionString ?? "";
    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(options.Value.ConnectionString ?? ""));

    /// <summary>The database and server, without credentials.</summary>
    public string Display => DatabaseTarget.PostgresDisplay(_connectionString);

    public SnapshotLease Open()
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = _dataSource.Value.OpenConnection();
            using var command = new NpgsqlCommand(_begin, connection);
            string? version = null;
            using (var reader = command.ExecuteReader())
            {
                do
                {
                    if (reader.FieldCount > 0 && reader.Read())
                    {
                        version = reader.GetString(0);
                    }
                }
                while (reader.NextResult());
            }

            if (version is null)
            {
                throw new InvalidOperationException("no data version");
            }

            // Disposing returns the connection to the pool, which rolls the transaction back.
            return new SnapshotLease(version, connection, connection.Dispose);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            logger.LogError("Cannot read {Database}: {Problem}", Display, e.Message);
            connection?.Dispose();
            throw DatabaseUnavailable.Error();
        }
    }

    public async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        var (problem, _) = await InspectAsync(cancellationToken);
        if (problem is null)
        {
            logger.LogInformation("Serving {Database}", Display);
        }

        return problem;
    }

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.Value.OpenConnectionAsync(cancellationToken);
            return await PostgresSchema.HasDataAsync(connection, cancellationToken) ? null : $"{Display} has no data version";
        }
        catch (Exception e) when (e is NpgsqlException)
        {
            logger.LogError("Cannot read {Database}: {Problem}", Display, e.Message);
            return $"cannot read {Display}: {e.Message}";
        }
    }

    /// <summary>
    /// What keeps the database from being served, in one line; <c>Empty</c> when the seed import
    /// could make it servable (no database, no schema, or no data yet).
    /// </summary>
    public async Task<(string? Problem, bool Empty)> InspectAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_connectionString))
        {
            return ("Database:Provider is PostgreSQL but Database:ConnectionString is not set", false);
        }

        NpgsqlConnection connection;
        try
        {
            connection = await _dataSource.Value.OpenConnectionAsync(cancellationToken);
        }
        catch (ArgumentException e)
        {
            return ($"Database:ConnectionString is not a PostgreSQL connection string: {e.Message}", false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return ($"{Display} does not exist (create it, or run the import command, which creates it)", true);
        }
        catch (NpgsqlException e)
        {
            return ($"cannot connect to {Display}: {OneLine(e.Message)}", false);
        }

        await using (connection)
        {
            await using var db = DatabaseTarget.Postgres(_connectionString).OpenContext();
            var marker = PostgresSchema.MarkerTable(db);
            var actual = await ReadPartsAsync(connection, cancellationToken);
            if (!actual.Contains($"table {marker}"))
            {
                return ($"{Display} {DatabaseSchema.NotOurs(marker)} (run the import command to create the schema)", true);
            }

            if (DatabaseSchema.Compare(ExpectedParts(db), actual) is { } problem)
            {
                return ($"{Display} {problem}", false);
            }

            return await PostgresSchema.HasDataAsync(connection, cancellationToken)
                ? (null, false)
                : ($"{Display} has the plan-data schema but no data yet (run the import command)", true);
        }
    }

    public void Dispose()
    {
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }
    }

    /// <summary>The model's tables and columns, and the two tables EF does not know (their columns are not compared).</summary>
    private static SortedSet<string> ExpectedParts(PlanDataContext db)
    {
        var parts = new SortedSet<string>(StringComparer.Ordinal) { $"table {SearchIndex.Table}", $"table {PostgresSchema.VersionTable}" };
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            parts.Add($"table {table.Name}");
            parts.UnionWith(table.Columns.Select(c => $"column {table.Name}.{c.Name}"));
        }

        return parts;
    }

    private static async Task<SortedSet<string>> ReadPartsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name NOT IN (@search, @version)
            UNION ALL SELECT table_name, NULL FROM information_schema.tables WHERE table_schema = current_schema()
            """, connection);
        command.Parameters.AddWithValue("search", SearchIndex.Table);
        command.Parameters.AddWithValue("version", PostgresSchema.VersionTable);
        var parts = new SortedSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            parts.Add(reader.IsDBNull(1) ? $"table {reader.GetString(0)}" : $"column {reader.GetString(0)}.{reader.GetString(1)}");
        }

        return parts;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
