using System.Data.Common;

namespace PlanData.Api.Storage;

/// <summary>
/// The version of the database one request reads (a scoped service). Its first use takes a
/// connection on the current version, and every statement of the request runs on that connection
/// until the request ends: the fields of a response, and its entity tag, all come from one version,
/// whatever an import changes meanwhile.
/// </summary>
public sealed class DatabaseSnapshot(ISnapshotSource source) : IDisposable
{
    private SnapshotLease? _lease;

    public DbConnection Connection => Lease.Connection;

    /// <summary>The version of the data this request reads: the SQLite file's SHA-256, or PostgreSQL's data version row.</summary>
    public string Version => Lease.Version;

    private SnapshotLease Lease => _lease ??= source.Open();

    public void Dispose()
    {
        if (_lease is { } lease)
        {
            _lease = null;
            lease.Release();
        }
    }
}
