using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Storage;

/// <summary>
/// The database the API serves: the version of the file at Database:Path opened last. The path is
/// looked at (one stat call) at most once a second; a replaced file is checked and hashed off the
/// request path while the current version goes on serving, and requests that start once it is
/// ready read the new one. A file that cannot be served (damaged, foreign, missing) is logged and
/// fails readiness, and the last good version keeps answering through the connections it has open.
/// </summary>
public sealed class LiveDatabase(IOptions<DatabaseOptions> options, TimeProvider time, ILogger<LiveDatabase> logger) : ISnapshotSource, IDisposable
{
    private const int StartAttempts = 3;

    private static readonly TimeSpan _recheckAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan _connectionWait = TimeSpan.FromSeconds(10);

    private readonly string _path = options.Value.FullPath;
    private readonly Lock _lock = new();
    private DatabaseVersion? _current;
    private long? _checkedAt;
    private Task _replacing = Task.CompletedTask;
    private FileStamp? _refused;
    private string? _problem;

    /// <summary>At start: opens the file, or says in one line why it cannot be served.</summary>
    public async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            DatabaseVersion? version;
            string? problem;
            try
            {
                (version, problem) = await DatabaseFile.OpenAsync(_path, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return $"database {_path} cannot be read: {e.Message}";
            }

            if (version is not null)
            {
                Install(version);
                return null;
            }

            if (problem is not null || attempt == StartAttempts)
            {
                return problem ?? $"database {_path} kept being replaced while it was checked";
            }
        }
    }

    /// <summary>Looks at the path now; the problem with the file there, null while it is the version served.</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        Task replacing;
        lock (_lock)
        {
            Check(force: true);
            replacing = _replacing;
        }

        await replacing.WaitAsync(cancellationToken);
        lock (_lock)
        {
            return _problem ?? (_current is null ? $"database {_path} is not open" : null);
        }
    }

    public SnapshotLease Open()
    {
        var (version, connection) = Rent();
        return new SnapshotLease(version.Id, connection, () => version.Return(connection));
    }

    /// <summary>A connection on the current version, for one request; it goes back to that version when the request ends.</summary>
    public (DatabaseVersion Version, SqliteConnection Connection) Rent()
    {
        var started = time.GetTimestamp();
        while (true)
        {
            DatabaseVersion? current;
            Task replacing;
            lock (_lock)
            {
                Check(force: false);
                (current, replacing) = (_current, _replacing);
            }

            var left = _connectionWait - time.GetElapsedTime(started);
            if (current is null)
            {
                if (replacing.IsCompleted || !replacing.Wait(left > TimeSpan.Zero ? left : TimeSpan.Zero))
                {
                    throw DatabaseUnavailable.Error();
                }

                continue;
            }

            if (current.TryRent() is { } connection)
            {
                return (current, connection);
            }

            // The path holds another file: find out what it is, and meanwhile wait for one of this
            // version's connections to come back, or for the next version (which retires this one).
            lock (_lock)
            {
                Check(force: true);
            }

            if (left <= TimeSpan.Zero)
            {
                throw DatabaseUnavailable.Error();
            }

            if (current.WaitForIdle(left) is { } returned)
            {
                return (current, returned);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _current?.Retire();
            _current = null;
        }
    }

    /// <summary>Called under the lock.</summary>
    private void Check(bool force)
    {
        var now = time.GetTimestamp();
        if (!_replacing.IsCompleted || (!force && _checkedAt is { } checkedAt && time.GetElapsedTime(checkedAt, now) < _recheckAfter))
        {
            return;
        }

        _checkedAt = now;
        var stamp = FileStamp.At(_path);
        if (_current is { } current && stamp == current.Stamp)
        {
            current.IsAtPath = true;
            _problem = null;
            return;
        }

        // No new connection may open the path until it is known what it holds.
        _current?.IsAtPath = false;
        if (stamp is null)
        {
            Refuse(null, DatabaseFile.NotFound(_path));
        }
        else if (stamp != _refused)
        {
            _replacing = Task.Run(() => ReplaceAsync(stamp.Value));
        }
    }

    private async Task ReplaceAsync(FileStamp stamp)
    {
        (DatabaseVersion? Version, string? Problem) opened;
        try
        {
            opened = await DatabaseFile.OpenAsync(_path, CancellationToken.None);
        }
        catch (Exception e)
        {
            // Nothing may escape this background task: the file is refused, and the log says why.
            logger.LogError(e, "Checking {Database} failed", _path);
            opened = (null, $"database {_path} cannot be read: {e.Message}");
        }

        if (opened.Version is { } version)
        {
            Install(version);
            return;
        }

        lock (_lock)
        {
            if (opened.Problem is null)
            {
                // Replaced again while it was checked: the next request looks again.
                _checkedAt = null;
                return;
            }

            Refuse(stamp, opened.Problem);
        }
    }

    private void Install(DatabaseVersion version)
    {
        DatabaseVersion? replaced;
        lock (_lock)
        {
            (replaced, _current) = (_current, version);
            (_refused, _problem, _checkedAt) = (null, null, time.GetTimestamp());
        }

        replaced?.Retire();
        logger.LogInformation("Serving {Database}, version {Version}", _path, version.Id);
    }

    /// <summary>Called under the lock.</summary>
    private void Refuse(FileStamp? stamp, string problem)
    {
        _refused = stamp;
        if (problem == _problem)
        {
            return;
        }

        _problem = problem;
        if (_current is { } current)
        {
            logger.LogError("{Problem}; still serving version {Version}, read before the file was replaced", problem, current.Id);
        }
        else
        {
            logger.LogError("{Problem}; nothing can be served until a readable file is at the path", problem);
        }
    }
}
