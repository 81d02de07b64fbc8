using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlanData.Api.Storage;

/// <summary>
/// Ready while the file at the database path is the version being served. The description names no
/// path: the log line written when the file was refused has the details.
/// </summary>
public sealed class DatabaseHealthCheck(LiveDatabase database) : IHealthCheck
{
    public const string Name = "database-file";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.CheckAsync(cancellationToken) is null
            ? HealthCheckResult.Healthy("The database file is the version being served.")
            : HealthCheckResult.Unhealthy("The database file cannot be served (see the log); the last good version, if any, still answers.");
}
