using PlanData.Api.Caching;
using PlanData.Api.TrustedOperations;
using PlanData.Querying.Compiling;

namespace PlanData.Api.Transport;

public static class TransportSetup
{
    /// <summary>
    /// The HTTP side of GraphQL: transport limits, trusted operations, HTTP caching and response
    /// compression (its middleware, <c>UseResponseCompression</c>, goes before everything it compresses).
    /// </summary>
    public static WebApplicationBuilder AddGraphQLTransport(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TransportOptions>(builder.Configuration.GetSection(TransportOptions.Section));
        builder.Services.AddTrustedOperations(builder.Configuration);
        builder.Services.AddHttpCaching(builder.Configuration);
        builder.Services.AddSingleton<RequestReading>();
        builder.Services.AddSingleton<RequestAdmittance>();
        builder.Services.AddSingleton<ValidatedDocuments>();
        builder.Services.AddSingleton<OperationPlanning>();
        builder.Services.AddSingleton<CompiledPlans>();
        builder.Services.AddSingleton<CompiledExecution>();
        builder.Services.AddSingleton<OperationExecution>();
        builder.Services.AddSingleton<ResponseWriting>();
        builder.Services.AddSingleton<GraphQLEndpoint>();
        return builder;
    }

    /// <summary>
    /// The endpoint at <paramref name="path"/> for every method (so that a PUT gets a GraphQL-shaped
    /// 405, not an empty one) and the trusted documents at <paramref name="path"/>/persisted/{id}.
    /// </summary>
    public static WebApplication MapGraphQLEndpoint(this WebApplication app, string path)
    {
        // Read the trusted operations now: a broken file stops the start, not a request.
        app.Services.GetRequiredService<TrustedOperationStore>();
        app.Map(path, context => context.RequestServices.GetRequiredService<GraphQLEndpoint>().HandleAsync(context));
        app.MapPersistedDocuments($"{path}/persisted/{{id}}");
        return app;
    }
}
