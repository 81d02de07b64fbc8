using System.Linq.Expressions;
using GraphQL;

namespace PlanData.Querying.Compiling;

/// <summary>A list field's way to read its rows for a compiled selection.</summary>
public interface IConnectionSource
{
    Type ItemType { get; }
}

/// <summary>How a root list field reads one page: what its resolver does, with each row read as a compiled selection shapes it.</summary>
public interface IRootConnectionSource : IConnectionSource
{
    /// <param name="context">The field's context: its arguments (paging, where, order, scope) and the request's services.</param>
    /// <param name="shape">Item → the values the selection reads (a <c>Func&lt;TItem, object?[]&gt;</c>).</param>
    Task<Connection<object?[]>> PageAsync(IResolveFieldContext context, LambdaExpression shape, CancellationToken cancellationToken);
}

/// <summary>How a nested list field reads one page for many parents at once, by the parents' keys.</summary>
public interface INestedConnectionSource : IConnectionSource
{
    /// <summary>Parent → the key its children are found by (a <c>Func&lt;TParent, TKey&gt;</c>).</summary>
    LambdaExpression ParentKey { get; }

    Task<IReadOnlyDictionary<object, Connection<object?[]>>> PageAsync(IResolveFieldContext context, IReadOnlyCollection<object> parentKeys, LambdaExpression shape, CancellationToken cancellationToken);
}

/// <summary>The metadata keys the list fields carry their sources under.</summary>
public static class ConnectionSource
{
    public const string RootKey = "plan-data:root-connection";
    public const string NestedKey = "plan-data:nested-connection";
}
