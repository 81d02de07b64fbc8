namespace PlanData.Api.Storage;

/// <summary>
/// Where requests get their snapshot of the data: <see cref="LiveDatabase"/> (a connection on the
/// current SQLite file) or <see cref="PostgresDatabase"/> (a read-only REPEATABLE READ transaction).
/// </summary>
public interface ISnapshotSource
{
    /// <summary>A connection that reads one version of the data until the lease is released; throws <see cref="DatabaseUnavailable"/>'s error when there is none.</summary>
    SnapshotLease Open();

    /// <summary>At start: gets the database ready to serve, or says in one line why it cannot be served.</summary>
    Task<string?> StartAsync(CancellationToken cancellationToken);

    /// <summary>The problem with the database now, null while it can be served.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken);
}
