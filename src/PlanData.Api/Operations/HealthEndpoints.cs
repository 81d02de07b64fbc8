using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PlanData.Api.Storage;

namespace PlanData.Api.Operations;

/// <summary>
/// /healthz: the process answers (liveness). /readyz: it can serve, with the database readable and the
/// schema built (readiness), else 503. Both anonymous, never rate limited, never cached.
/// </summary>
public static class HealthEndpoints
{
    public const string Liveness = "/healthz";
    public const string Readiness = "/readyz";

    private const string ReadyTag = "ready";

    /// <summary>A probe that hangs is worse for an orchestrator than one that fails.</summary>
    private static readonly TimeSpan _checkTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddPlanHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag], timeout: _checkTimeout)
            .AddCheck<SchemaHealthCheck>("schema", tags: [ReadyTag], timeout: _checkTimeout);
        return services;
    }

    public static WebApplication MapPlanHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(Liveness, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous()
            .DisableRateLimiting();
        app.MapHealthChecks(Readiness, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous()
            .DisableRateLimiting();
        return app;
    }

    public static bool IsProbe(PathString path) => path.Equals(Liveness) || path.Equals(Readiness);
}
