using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace PlanData.Api.Storage;

/// <summary>
/// A statement that finds the file damaged under it (the live file overwritten in place instead of
/// replaced), or loses its PostgreSQL server, fails with <see cref="DatabaseUnavailable"/> rather than
/// with the provider's message.
/// </summary>
public sealed class DatabaseFailureInterceptor : DbCommandInterceptor
{
    private const int SqliteIoError = 10, SqliteCorrupt = 11, SqliteCantOpen = 14, SqliteNotADatabase = 26;

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Translate(eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Translate(eventData.Exception);
        return Task.CompletedTask;
    }

    private static void Translate(Exception exception)
    {
        // A PostgresException is the server's answer to the statement; any other NpgsqlException is the connection's.
        if (exception is SqliteException { SqliteErrorCode: SqliteIoError or SqliteCorrupt or SqliteCantOpen or SqliteNotADatabase }
            or NpgsqlException and not PostgresException)
        {
            throw DatabaseUnavailable.Error();
        }
    }
}
