using System.Linq.Expressions;
using GraphQL;

namespace PlanData.Querying.Compiling;

/// <summary>A nested list field's pages for many parents in one statement: read by its loader (the entities) and by a compiled plan (the plan's columns), the same way.</summary>
internal sealed class NestedConnection<TParent, TItem, TKey>(
    string itemTypeName,
    Expression<Func<TParent, IEnumerable<TItem>>> children,
    Expression<Func<TParent, TKey>> parentId,
    KeysetOrder<TItem> tieBreaker) : INestedConnectionSource
    where TParent : class
    where TKey : notnull
{
    public Type ItemType => typeof(TItem);

    public LambdaExpression ParentKey => parentId;

    public async Task<IReadOnlyDictionary<object, Connection<object?[]>>> PageAsync(IResolveFieldContext context, IReadOnlyCollection<object> parentKeys, LambdaExpression shape, CancellationToken cancellationToken)
    {
        var pages = await PageAsync(context, Request(context), [.. parentKeys.Cast<TKey>()], (Expression<Func<TItem, object?[]>>)shape, cancellationToken);
        return pages.ToDictionary(p => (object)p.Key, p => p.Value);
    }

    /// <summary>What the field's arguments ask for, read (and refused when wrong) when the field is resolved, before its batch runs.</summary>
    public NestedRequest Request(IResolveFieldContext context)
    {
        var page = PageRequest.From(context);
        var (where, order) = ConnectionFields.Translate(context, itemTypeName, tieBreaker);
        return new NestedRequest(page, where, order);
    }

    /// <summary>The pages <paramref name="request"/> asks for, of the parents with these keys, each child read as <paramref name="shape"/> makes it.</summary>
    public Task<IReadOnlyDictionary<TKey, Connection<TOut>>> PageAsync<TOut>(IResolveFieldContext context, NestedRequest request, IReadOnlyCollection<TKey> parentKeys, Expression<Func<TItem, TOut>> shape, CancellationToken cancellationToken) =>
        NestedPager.PageAsync(context.Rows<TParent>(), parentId, parentKeys, children, request.Where, request.Order, request.Page, shape, cancellationToken);

    public sealed record NestedRequest(PageRequest Page, Expression<Func<TItem, bool>>? Where, KeysetOrder<TItem> Order);
}
