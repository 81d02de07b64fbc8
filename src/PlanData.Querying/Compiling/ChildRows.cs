using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PlanData.Querying.Data;

namespace PlanData.Querying.Compiling;

/// <summary>How a list field of rows that point at their parent reads them for many parents at once, in the field's order.</summary>
public interface IChildRows
{
    Type ItemType { get; }

    /// <summary>Parent → the key its rows point at it by (a <c>Func&lt;TParent, TKey&gt;</c>).</summary>
    LambdaExpression ParentKey { get; }

    /// <summary>The rows of the parents with these keys, each as <paramref name="shape"/> reads it, by parent key, in order.</summary>
    Task<Dictionary<object, List<object?[]>>> RowsAsync(DbContext db, IReadOnlyCollection<object> parentKeys, LambdaExpression shape, CancellationToken cancellationToken);
}

/// <summary>Rows whose <paramref name="parentKey"/> is their parent's <paramref name="parentId"/>, put in order by a keyset order.</summary>
public sealed class ChildRows<TParent, TItem, TKey>(Expression<Func<TParent, TKey>> parentId, Expression<Func<TItem, TKey>> parentKey, KeysetOrder<TItem> order) : IChildRows
    where TItem : class
    where TKey : notnull
{
    public Type ItemType => typeof(TItem);

    public LambdaExpression ParentKey => parentId;

    public async Task<Dictionary<object, List<object?[]>>> RowsAsync(DbContext db, IReadOnlyCollection<object> parentKeys, LambdaExpression shape, CancellationToken cancellationToken)
    {
        var rows = order.Apply(db.Set<TItem>().Where(DataFields.ContainsKey(parentKey, [.. parentKeys.Cast<TKey>()])), reverse: false);
        var row = Expression.Parameter(typeof(TItem), "row");
        var keyed = Expression.Lambda<Func<TItem, KeyedRow<object?[]>>>(
            Expression.New(
                typeof(KeyedRow<object?[]>).GetConstructors().Single(),
                ExpressionParts.Apply(shape, row),
                Expression.NewArrayInit(typeof(object), Expression.Convert(ExpressionParts.Apply(parentKey, row), typeof(object)))),
            row);
        var list = await rows.Select(keyed).ToListAsync(cancellationToken);
        var byParent = new Dictionary<object, List<object?[]>>();
        foreach (var child in list)
        {
            var key = child.Keys[0]!;
            if (!byParent.TryGetValue(key, out var children))
            {
                byParent[key] = children = [];
            }

            children.Add(child.Row);
        }

        return byParent;
    }
}
