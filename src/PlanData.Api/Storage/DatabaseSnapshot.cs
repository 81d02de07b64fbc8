using Microsoft.Data.Sqlite;

namespace PlanData.Api.Storage;

/// <summary>
/// The version of the database one request reads (a scoped service). Its first use takes a
/// connection on the current version, and every statement of the request runs on that connection
/// until the request ends: the fields of a response, and its entity tag, all come from one version,
/// whatever an import replaces meanwhile.
/// </summary>
public sealed class DatabaseSnapshot(LiveDatabase database) : IDisposable
{
    private (DatabaseVersion Version, SqliteConnection Connection)? _lease;

    public SqliteConnection Connection => Lease.Connection;

    /// <summary>The SHA-256 of the file this request reads.</summary>
    public string Version => Lease.Version.Id;

    private (DatabaseVersion Version, SqliteConnection Connection) Lease => _lease ??= database.Rent();

    public void Dispose()
    {
        if (_lease is var (version, connection))
        {
            _lease = null;
            version.Return(connection);
        }
    }
}
