using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PlanData.Api.Limits;

/// <summary>
/// Makes the cancellation token of an EF command stop the SQLite statement itself. Microsoft.Data.Sqlite
/// only looks at the token before a statement and between rows (SqliteCommand.Cancel does nothing), so
/// a statement that scans for a long time would outlive the request's timeout; sqlite3_interrupt stops
/// it where it is. The registration lives while the command runs or its reader is open, and always ends
/// before the connection goes back to the pool, so that no other request's statement is interrupted.
/// </summary>
public sealed class SqliteInterruption : DbCommandInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteInterruption Instance = new();

    private readonly ConcurrentDictionary<DbConnection, CancellationTokenRegistration> _running = new();

    private SqliteInterruption()
    {
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command.Connection);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command.Connection);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command.Connection);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command.Connection);
        return ValueTask.FromResult(result);
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command.Connection);
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command.Connection);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || command.Connection is not SqliteConnection connection)
        {
            return;
        }

        var registration = cancellationToken.UnsafeRegister(static state => Interrupt((SqliteConnection)state!), connection);
        if (_running.TryRemove(connection, out var previous))
        {
            previous.Dispose();
        }

        _running[connection] = registration;
    }

    /// <summary>Once this returns, the interrupt can no longer happen (Dispose waits for a callback that is running).</summary>
    private void Release(DbConnection? connection)
    {
        if (connection is not null && _running.TryRemove(connection, out var registration))
        {
            registration.Dispose();
        }
    }

    private static void Interrupt(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }
}
