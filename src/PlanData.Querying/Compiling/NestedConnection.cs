using System.Linq.Expressions;
using GraphQL;

namespace PlanData.Querying.Compiling;

/// <summary>A nested list field's pages for many parents in one statement, as its loader reads them, shaped by a compiled selection.</summary>
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
        var page = PageRequest.From(context);
        var (where, order) = ConnectionFields.Translate(context, itemTypeName, tieBreaker);
        var pages = await NestedPager.PageAsync(context.Rows<TParent>(), parentId, [.. parentKeys.Cast<TKey>()], children, where, order, page, (Expression<Func<TItem, object?[]>>)shape, cancellationToken);
        return pages.ToDictionary(p => (object)p.Key, p => p.Value);
    }
}
