using GraphQL;
using GraphQL.DI;

namespace PlanData.Api.Federation;

public static class FederationSetup
{
    /// <summary>
    /// With <c>GraphQL:Federation:Enabled</c>, makes the schema an Apollo Federation v2 subgraph. Decided
    /// once at startup: the schema is built once for the app, and a schema that changes shape while
    /// running would break the gateways that composed it.
    /// </summary>
    public static IGraphQLBuilder AddPlanFederation(this IGraphQLBuilder graphQL, IConfiguration configuration)
    {
        var options = configuration.GetSection(FederationOptions.Section).Get<FederationOptions>() ?? new FederationOptions();
        if (!options.Enabled)
        {
            return graphQL;
        }

        // An instance, not a visitor type: the schema runs instances first, so the Node types carry
        // @key before GraphQL.NET's federation visitor collects the _Entity union from them.
        return graphQL
            .AddFederation(FederationOptions.Version)
            .ConfigureSchema((schema, _) => schema.RegisterVisitor(new NodeEntityVisitor()));
    }
}
