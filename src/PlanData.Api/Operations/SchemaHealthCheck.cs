using GraphQL.Types;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlanData.Api.Operations;

/// <summary>Ready when the GraphQL schema is built (SchemaWarmUp builds it at start; a schema that cannot be built fails here).</summary>
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
