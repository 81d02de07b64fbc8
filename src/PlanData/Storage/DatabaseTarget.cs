using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PlanData.Storage;

/// <summary>A database to import into or read: a SQLite file's full path, or a PostgreSQL connection string.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string Location)
{
    public static DatabaseTarget SqliteFile(string path) => new(DatabaseProvider.Sqlite, Path.GetFullPath(path));

    public static DatabaseTarget Postgres(string connectionString) => new(DatabaseProvider.PostgreSQL, connectionString);

    /// <summary>How messages name it: the path, or the database and server without credentials.</summary>
    public string Display => Provider == DatabaseProvider.Sqlite ? Location : PostgresDisplay(Location);

    /// <summary>A context that writes: SQLite unpooled, since the file is renamed once the import is done.</summary>
    public PlanDataContext OpenContext() => new(Provider == DatabaseProvider.Sqlite
        ? new DbContextOptionsBuilder<PlanDataContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ToString()).Options
        : new DbContextOptionsBuilder<PlanDataContext>().UseNpgsql(Location).Options);

    public static string PostgresDisplay(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}{(builder.Port != NpgsqlConnection.DefaultPort ? $":{builder.Port}" : "")}";
    }
}
