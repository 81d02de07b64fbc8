using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PlanData.Querying.Data;

namespace PlanData.Querying;

/// <summary>
/// One page of a nested connection for many parents in one SQL statement: the parents are selected
/// with, for each, its filtered, keyset-ordered window of children (EF emits a ROW_NUMBER() per
/// parent), the row after the window (next page?), and the count.
/// </summary>
public static class NestedPager
{
    /// <param name="parentId">The parents' key: an int id, or another unique key (a jurisdiction's code).</param>
    /// <param name="shape">How each child is read: the entity itself (<c>row =&gt; row</c>) or only the columns a selection needs.</param>
    public static async Task<IReadOnlyDictionary<TKey, Connection<TOut>>> PageAsync<TParent, TItem, TKey, TOut>(
        IQueryable<TParent> parents,
        Expression<Func<TParent, TKey>> parentId,
        IReadOnlyCollection<TKey> ids,
        Expression<Func<TParent, IEnumerable<TItem>>> children,
        Expression<Func<TItem, bool>>? filter,
        KeysetOrder<TItem> order,
        PageRequest page,
        Expression<Func<TItem, TOut>> shape,
        CancellationToken cancellationToken)
        where TParent : class
        where TKey : notnull
    {
        var window = PageWindow<TItem>.Of(order, page);
        var parent = Expression.Parameter(typeof(TParent), "parent");
        var keyList = ids.ToList();
        IQueryable<TItem> all = new EnumerableQuery<TItem>(Expression.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [typeof(TItem)], ExpressionParts.Apply(children, parent)));
        if (OfTheseParents<TParent, TItem, TKey>(parents, children, keyList) is { } ofTheseParents)
        {
            all = all.Where(ofTheseParents);
        }

        if (filter is not null)
        {
            all = all.Where(filter);
        }

        var rows = window.Rows(all, order, shape);
        var earlier = window.Cursor is { } cursor ? all.Where(Pager.NotAfter(order, cursor, reverse: window.Backward)) : all.Where(_ => false);
        var body = Expression.New(
            typeof(ParentPage<TKey, TOut>).GetConstructors().Single(),
            ExpressionParts.Apply(parentId, parent),
            Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(KeyedRow<TOut>)], rows.Expression),
            Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TItem)], all.Expression),
            Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TItem)], earlier.Expression));
        var selector = Expression.Lambda<Func<TParent, ParentPage<TKey, TOut>>>(body, parent);

        var idFilter = Expression.Lambda<Func<TParent, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], ExpressionParts.Parameter(keyList, typeof(List<TKey>)), ExpressionParts.Apply(parentId, parent)),
            parent);
        var pages = await parents.Where(idFilter).Select(selector).ToListAsync(cancellationToken);
        return pages.ToDictionary(p => p.ParentId, p => Pager.Build(p.Rows, window.Size, window.Backward, p.Earlier, _ => Task.FromResult(p.Count)));
    }

    /// <summary>
    /// The children's own foreign key in the requested parents' ids. Redundant with the correlation, but
    /// EF numbers each parent's children in a subquery over the whole child table and joins the parents
    /// only afterwards; this condition goes inside that subquery, so the numbering reads the requested
    /// parents' children (through the foreign key's index) instead of every row. Null when
    /// <paramref name="children"/> is not a navigation with a single-column foreign key of the parents' key type.
    /// </summary>
    private static Expression<Func<TItem, bool>>? OfTheseParents<TParent, TItem, TKey>(IQueryable<TParent> parents, Expression<Func<TParent, IEnumerable<TItem>>> children, List<TKey> ids)
        where TParent : class
    {
        if (parents is not DbSet<TParent> set
            || children.Body is not MemberExpression { Member.Name: var navigation }
            || set.EntityType.FindNavigation(navigation)?.ForeignKey.Properties is not [{ ClrType: var keyType } key]
            || keyType != typeof(TKey))
        {
            return null;
        }

        var item = Expression.Parameter(typeof(TItem), "item");
        var foreignKey = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TKey)], item, Expression.Constant(key.Name));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], ExpressionParts.Parameter(ids, typeof(List<TKey>)), foreignKey);
        return Expression.Lambda<Func<TItem, bool>>(contains, item);
    }

    /// <summary>What the statement returns for one parent.</summary>
    public sealed record ParentPage<TKey, TItem>(TKey ParentId, List<KeyedRow<TItem>> Rows, int Count, bool Earlier);
}
