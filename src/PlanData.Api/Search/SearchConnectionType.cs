using GraphQL.Types;
using PlanData.Querying;

namespace PlanData.Api.Search;

public sealed class SearchConnectionType : ObjectGraphType<SearchConnection>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A connection to a list of search hits, best first.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<SearchEdgeType>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<SearchResultType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .ResolveAsync(async c => await c.Source.TotalCount(c.CancellationToken));
    }
}
