using System.Linq.Expressions;
using GraphQL.Types;
using PlanData.Querying.Data;

namespace PlanData.Querying;

/// <summary>An object type that implements Node, its ID derived from the entity's natural key.</summary>
public abstract class NodeObjectType<T> : ObjectGraphType<T>
    where T : class
{
    protected NodeObjectType(string name, string description, Expression<Func<T, string>> naturalKey)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = source => source is T;
        this.Id(name, naturalKey);
    }
}
