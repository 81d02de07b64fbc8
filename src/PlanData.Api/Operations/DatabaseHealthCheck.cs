using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanData.Storage;

namespace PlanData.Api.Operations;

/// <summary>
/// Ready when the database answers a query through the API's own read-only context. A query, not
/// just an open connection: SQLite opens any file and finds out only on reading that it is not a database.
/// </summary>
public sealed class DatabaseHealthCheck(PlanDataContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Plans.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.", e);
        }
    }
}
