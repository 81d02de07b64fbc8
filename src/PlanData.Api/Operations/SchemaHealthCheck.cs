using GraphQL.Types;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlanData.Api.Operations;

/// <summary>Ready when the GraphQL schema is built: initializing it here spares the first request the work.</summary>
public sealed class SchemaHealthCheck(ISchema schema) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            schema.Initialize();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The GraphQL schema cannot be built.", e));
        }
    }
}
