using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL.Data;

namespace PlanData.Api.GraphQL;

/// <summary>
/// One page of a nested connection for many parents in one SQL statement: the parents are selected
/// with, for each, its filtered, keyset-ordered window of children (EF emits a ROW_NUMBER() per
/// parent), the row after the window (next page?), and the count.
/// </summary>
public static class NestedPager
{
    public static async Task<IReadOnlyDictionary<int, Connection<TItem>>> PageAsync<TParent, TItem>(
        IQueryable<TParent> parents,
        Expression<Func<TParent, int>> parentId,
        IReadOnlyCollection<int> ids,
        Expression<Func<TParent, IEnumerable<TItem>>> children,
        Expression<Func<TItem, bool>>? filter,
        KeysetOrder<TItem> order,
        PageRequest page,
        CancellationToken cancellationToken)
        where TParent : class
    {
        var window = PageWindow<TItem>.Of(order, page);
        var parent = Expression.Parameter(typeof(TParent), "parent");
        IQueryable<TItem> all = new EnumerableQuery<TItem>(Expression.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [typeof(TItem)], ExpressionParts.Apply(children, parent)));
        if (filter is not null)
        {
            all = all.Where(filter);
        }

        var rows = window.Rows(all, order);
        var earlier = window.Cursor is { } cursor ? all.Where(Pager.NotAfter(order, cursor, reverse: window.Backward)) : all.Take(0);
        var body = Expression.New(
            typeof(ParentPage<TItem>).GetConstructors().Single(),
            ExpressionParts.Apply(parentId, parent),
            Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TItem>)], rows.Expression),
            Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TItem)], all.Expression),
            Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TItem)], earlier.Expression));
        var selector = Expression.Lambda<Func<TParent, ParentPage<TItem>>>(body, parent);

        var keyList = ids.ToList();
        var idFilter = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], ExpressionParts.Parameter(keyList, typeof(List<int>)), ExpressionParts.Apply(parentId, parent)),
            parent);
        var pages = await parents.Where(idFilter).Select(selector).ToListAsync(cancellationToken);
        return pages.ToDictionary(p => p.ParentId, p => Pager.Build(p.Rows, window.Size, window.Backward, p.Earlier, _ => Task.FromResult(p.Count)));
    }

    /// <summary>What the statement returns for one parent.</summary>
    public sealed record ParentPage<TItem>(int ParentId, List<KeyedRow<TItem>> Rows, int Count, bool Earlier);
}
