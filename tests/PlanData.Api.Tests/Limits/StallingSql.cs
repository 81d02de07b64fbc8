using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PlanData.Api.Tests.Limits;

/// <summary>
/// Makes the next SQL command of the API slow on demand: either it waits on its cancellation token
/// before it runs, or its text is replaced by a statement SQLite needs many seconds for. Records how
/// each ended. The slow statement is plain SQL that SQLite and PostgreSQL both run.
/// </summary>
public sealed class StallingSql : DbCommandInterceptor
{
    // Counting to fifty million takes SQLite (and PostgreSQL) several seconds: far longer than the timeout under test.
    public const string SlowStatement = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50000000) SELECT count(*) FROM c";

    private const int Off = 0, Wait = 1, Slow = 2;

    private int _next = Off;
    private volatile DbCommand? _slowCommand;
    private readonly TaskCompletionSource<Exception> _slowCommandFailed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _waitCanceled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _slowCommandCanceled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the command that waited saw its token cancelled.</summary>
    public Task WaitCanceled => _waitCanceled.Task;

    /// <summary>Completes with the exception the slow statement ended with.</summary>
    public Task<Exception> SlowCommandFailed => _slowCommandFailed.Task;

    /// <summary>Completes when EF saw the slow statement end by its cancellation token (Npgsql's cancel request).</summary>
    public Task SlowCommandCanceled => _slowCommandCanceled.Task;

    public void WaitOnNextCommand() => Volatile.Write(ref _next, Wait);

    public void SlowDownNextCommand() => Volatile.Write(ref _next, Slow);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        switch (Interlocked.Exchange(ref _next, Off))
        {
            case Wait:
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    _waitCanceled.TrySetResult();
                    throw;
                }

                break;
            case Slow:
                command.CommandText = SlowStatement;
                _slowCommand = command;
                break;
        }

        return result;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(command, _slowCommand))
        {
            _slowCommandCanceled.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(command, _slowCommand))
        {
            _slowCommandFailed.TrySetResult(eventData.Exception);
        }

        return Task.CompletedTask;
    }
}
