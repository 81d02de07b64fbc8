using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanData.Storage;

namespace PlanData.Api.Storage;

/// <summary>
/// Ready while the database is the version being served (SQLite: the file at the database path;
/// PostgreSQL: the server answers with a data version) and that version answers a query through the
/// API's own read-only context (a query, not just an open connection: SQLite opens any file and finds
/// out only on reading that it is not a database). The descriptions name no path or server: the log
/// has the details.
/// </summary>
public sealed class DatabaseHealthCheck(ISnapshotSource database, PlanDataContext db) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (await database.CheckAsync(cancellationToken) is { } problem)
        {
            // The exception carries the details to the health check's log line only; /readyz shows the description.
            return HealthCheckResult.Unhealthy("The database cannot be served (see the log); with SQLite the last good version, if any, still answers.", new InvalidDataException(problem));
        }

        try
        {
            await db.Plans.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database is the version being served and answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.", e);
        }
    }
}
