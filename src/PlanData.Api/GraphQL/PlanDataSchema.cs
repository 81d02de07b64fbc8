using GraphQL.Types;

namespace PlanData.Api.GraphQL;

public sealed class PlanDataSchema : Schema
{
    public PlanDataSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        RegisterTypeMapping(typeof(DateOnly), typeof(DateScalar));
    }
}
