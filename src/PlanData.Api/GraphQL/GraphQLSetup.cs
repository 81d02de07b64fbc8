using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using PlanData.Api.Authentication;
using PlanData.Api.Cors;
using PlanData.Api.Federation;
using PlanData.Api.Limits;
using PlanData.Api.Operations;
using PlanData.Api.Plans;
using PlanData.Api.RateLimiting;
using PlanData.Api.Search;
using PlanData.Api.Transport;
using PlanData.Querying;
using PlanData.Querying.Data;
using PlanData.Querying.Loading;

namespace PlanData.Api.GraphQL;

public static class GraphQLSetup
{
    public static WebApplicationBuilder AddPlanGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<RequestLoaders>();
        builder.Services.AddSingleton<IDataScopeReader, AsOfScope>();
        builder.Services.Configure<WarmUpOptions>(builder.Configuration.GetSection(WarmUpOptions.Section));
        builder.Services.AddSingleton<SchemaWarmUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SchemaWarmUp>());
        builder.AddPlanSearch();
        builder.AddGraphQLTransport();
        builder.AddPlanCors();
        builder.AddPlanRateLimiting();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<PlanDataSchema>()
            .AddGraphTypes(typeof(PlanDataSchema).Assembly)
            .AddGraphTypes(typeof(ConnectionFields).Assembly)
            .AddPlanFederation(builder.Configuration)
            .AddSystemTextJson(json => json.Encoder = CompiledExecution.Encoder)
            .AddErrorInfoProvider(services => new PlanDataErrorInfoProvider(new ErrorInfoProviderOptions
            {
                ExposeExceptionDetails = services.GetRequiredService<IHostEnvironment>().IsDevelopment(),
            }))

            // One DbContext serves a request, and it must not be used by two resolvers at once.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddPlanRequestLimits(builder.Configuration));
        return builder;
    }

    /// <summary>The schema is built on another core while the start goes on (see <see cref="SchemaWarmUp"/>).</summary>
    public static WebApplication StartBuildingPlanSchema(this WebApplication app)
    {
        app.Services.GetRequiredService<SchemaWarmUp>().StartBuildingSchema();
        return app;
    }
}
