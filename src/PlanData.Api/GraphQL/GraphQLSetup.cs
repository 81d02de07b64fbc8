using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using PlanData.Api.Authentication;
using PlanData.Api.Cors;
using PlanData.Api.Federation;
using PlanData.Api.Ide;
using PlanData.Api.Limits;
using PlanData.Api.Operations;
using PlanData.Api.RateLimiting;
using PlanData.Api.Sdl;
using PlanData.Api.Search;
using PlanData.Api.Transport;

namespace PlanData.Api.GraphQL;

public static class GraphQLSetup
{
    public static WebApplicationBuilder AddPlanGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<Loading.RequestLoaders>();
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
            .AddPlanFederation(builder.Configuration)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
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

    public static WebApplication MapPlanGraphQL(this WebApplication app)
    {
        // Before the transport: these answer requests to /graphql that are not GraphQL requests.
        app.UseGraphQLRequestTelemetry();
        app.UsePlanCors();
        app.UsePlanAuthentication("/graphql");
        app.UseResponseCompression();
        app.UseSchemaDownload("/graphql");
        app.UseBananaCakePop("/graphql");
        app.MapGraphQLEndpoint("/graphql");
        return app;
    }
}
