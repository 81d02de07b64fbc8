using GraphQL;
using GraphQL.Types;

namespace PlanData.Querying;

/// <summary>A Hot Chocolate-shaped connection named after its field: plans → PlansConnection.</summary>
public abstract class ConnectionType<TNodeType, TEdgeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
    where TEdgeType : EdgeType<TNodeType, T>
{
    protected ConnectionType(string fieldName)
    {
        Name = $"{ConnectionNames.Capitalize(fieldName)}Connection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<TEdgeType>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .ResolveAsync(async c => await c.Source.TotalCount(c.CancellationToken));
    }
}

/// <summary>The edge type of a connection: plans → PlansEdge.</summary>
public abstract class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    protected EdgeType(string fieldName)
    {
        Name = $"{ConnectionNames.Capitalize(fieldName)}Edge";
        Description = "An edge in a connection.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}

internal static class ConnectionNames
{
    public static string Capitalize(string fieldName) => string.Concat(char.ToUpperInvariant(fieldName[0]).ToString(), fieldName.AsSpan(1));
}
