using GraphQL.DI;

namespace PlanData.Api.Operations;

/// <summary>Running the API in production: logs, traces and metrics, health probes, and what a failure may tell a client.</summary>
public static class OperationsSetup
{
    private const string GraphQLPath = "/graphql";

    public static WebApplicationBuilder AddPlanOperations(this WebApplicationBuilder builder)
    {
        builder.AddPlanConsoleLogging();
        builder.AddPlanOpenTelemetry();
        builder.Services.AddSingleton<GraphQLOperationMetrics>();
        builder.Services.AddSingleton<IConfigureExecution, KeepDocumentOnResult>();
        builder.Services.AddPlanHealthChecks();
        return builder;
    }

    /// <summary>First in the pipeline: the handler of exceptions nothing else caught, then the health probes.</summary>
    public static WebApplication MapPlanOperations(this WebApplication app)
    {
        // Development keeps ASP.NET Core's exception page, which shows the details.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnexpectedErrorResponse.WriteAsync });
        }

        app.MapPlanHealthChecks();
        return app;
    }

    public static WebApplication UseGraphQLRequestTelemetry(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(GraphQLPath), branch => branch.UseMiddleware<GraphQLRequestTelemetry>());
        return app;
    }
}
