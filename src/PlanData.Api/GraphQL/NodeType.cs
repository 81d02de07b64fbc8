using GraphQL.Types;

namespace PlanData.Api.GraphQL;

/// <summary>An object type that implements Node, its ID derived from the entity's natural key.</summary>
public abstract class NodeType<T> : ObjectGraphType<T>
{
    protected NodeType(string name, Func<T, string> naturalKey)
    {
        Name = name;
        Interface<NodeInterface>();
        IsTypeOf = source => source is T;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => NodeId.Encode(name, naturalKey(context.Source)));
    }
}
