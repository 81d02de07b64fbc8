using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlanData.Api.Storage;

/// <summary>
/// Ready while the file at the database path is the version being served (SQLite), or while the
/// PostgreSQL database answers with a data version. The description names no path or server: the
/// log has the details.
/// </summary>
public sealed class DatabaseHealthCheck(ISnapshotSource database) : IHealthCheck
{
    public const string Name = "database-file";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.CheckAsync(cancellationToken) is null
            ? HealthCheckResult.Healthy("The database is the version being served.")
            : HealthCheckResult.Unhealthy("The database cannot be served (see the log); with SQLite the last good version, if any, still answers.");
}
