using System.Data;
using Microsoft.Data.Sqlite;

namespace PlanData.Api.Storage;

/// <summary>
/// One version of the database file and the read-only connections open on it. A connection goes on
/// reading the file it opened after an import renames another over it (the replaced file lives on
/// while a handle is open), so a request holding one reads one version from its first statement to
/// its last. New connections are opened only while the path still holds this version's file.
/// </summary>
public sealed class DatabaseVersion(string path, FileStamp stamp, string id, SqliteConnection first)
{
    // Each connection keeps its own page cache: more idle ones than this are closed when given back.
    private const int MaxIdle = 16;

    private readonly Lock _lock = new();
    private readonly Stack<SqliteConnection> _idle = new([first]);
    private readonly SemaphoreSlim _available = new(1);
    private readonly CancellationTokenSource _retired = new();
    private volatile bool _atPath = true;

    /// <summary>The SHA-256 of the file, in lower-case hex.</summary>
    public string Id => id;

    public FileStamp Stamp => stamp;

    /// <summary>Whether the path holds this version's file, so that more connections to it can be opened.</summary>
    public bool IsAtPath
    {
        get => _atPath;
        set => _atPath = value && !_retired.IsCancellationRequested;
    }

    /// <summary>An idle connection, else a new one while the path holds this version's file; null when there is neither.</summary>
    public SqliteConnection? TryRent()
    {
        if (TakeIdle(TimeSpan.Zero) is { } idle)
        {
            return idle;
        }

        if (!_atPath)
        {
            return null;
        }

        var opened = OpenAnother();
        if (opened is null)
        {
            _atPath = false;
        }

        return opened;
    }

    /// <summary>Waits for a connection to be given back; null when none was in time or the version was retired.</summary>
    public SqliteConnection? WaitForIdle(TimeSpan timeout) => TakeIdle(timeout);

    public void Return(SqliteConnection connection)
    {
        lock (_lock)
        {
            // Once the path holds another file, these connections are all this version will ever have.
            if (!_retired.IsCancellationRequested && connection.State == ConnectionState.Open && (_idle.Count < MaxIdle || !_atPath))
            {
                _idle.Push(connection);
                _available.Release();
                return;
            }
        }

        connection.Dispose();
    }

    /// <summary>A newer version serves from now on: idle connections are closed now, the others when given back.</summary>
    public void Retire()
    {
        SqliteConnection[] idle;
        lock (_lock)
        {
            _atPath = false;
            _retired.Cancel();
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
        {
            connection.Dispose();
        }
    }

    private SqliteConnection? TakeIdle(TimeSpan wait)
    {
        try
        {
            if (!_available.Wait(wait, _retired.Token))
            {
                return null;
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        lock (_lock)
        {
            return _idle.TryPop(out var connection) ? connection : null;
        }
    }

    private SqliteConnection? OpenAnother()
    {
        var connection = DatabaseFile.Connect(path);
        try
        {
            connection.Open();

            // A first read makes sure the file is open; that the path still holds this version's
            // file afterwards shows which file it was.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA schema_version";
            command.ExecuteScalar();
            if (FileStamp.At(path) == stamp)
            {
                return connection;
            }
        }
        catch (SqliteException)
        {
            // The path holds another file, perhaps not even a database: not this version's.
        }

        connection.Dispose();
        return null;
    }
}
