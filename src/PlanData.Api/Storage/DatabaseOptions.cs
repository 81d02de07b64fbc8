using PlanData.Storage;

namespace PlanData.Api.Storage;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (the file at <see cref="Path"/>) or "PostgreSQL" (the database at <see cref="ConnectionString"/>); read as text so that a wrong value is a start-up message, not a binding exception.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>The PostgreSQL connection string (Npgsql's keys: Host, Port, Database, Username, Password...).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "data/plan-data.sqlite";

    /// <summary>The seed folder (documents, registry, curated data); relative paths are taken from the application's folder.</summary>
    public string Seed { get; set; } = "seed";

    /// <summary>
    /// Build a missing database from <see cref="Seed"/> at start. A production deployment turns it
    /// off, so that a wrong path stops the start instead of serving a fresh seed database.
    /// </summary>
    public bool CreateFromSeed { get; set; } = true;

    /// <summary>SQLite: each connection keeps the statements it has prepared (see <see cref="PreparedStatements"/>).</summary>
    public bool KeepPreparedStatements { get; set; } = true;

    public string FullPath => System.IO.Path.GetFullPath(Path);

    public string SeedDirectory => System.IO.Path.GetFullPath(Seed, AppContext.BaseDirectory);

    /// <summary>The provider named by <see cref="Provider"/> (case-insensitive), or null when it names none.</summary>
    public DatabaseProvider? Kind =>
        Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public bool IsPostgres => Kind == DatabaseProvider.PostgreSQL;

    /// <summary>Where imports go by default: the configured file or PostgreSQL database.</summary>
    public DatabaseTarget Target => IsPostgres ? DatabaseTarget.Postgres(ConnectionString ?? "") : DatabaseTarget.SqliteFile(FullPath);
}
