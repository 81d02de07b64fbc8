using System.Linq.Expressions;

namespace PlanData.Querying;

/// <summary>A page request read against a keyset order: its decoded cursors, direction and size.</summary>
public sealed record PageWindow<T>(object?[]? After, object?[]? Before, bool Backward, int Size)
{
    public static PageWindow<T> Of(KeysetOrder<T> order, PageRequest page)
    {
        var backward = page.Last is not null && page.First is null;
        return new PageWindow<T>(
            page.After is null ? null : order.Decode(page.After) ?? throw Pager.InvalidCursor("after"),
            page.Before is null ? null : order.Decode(page.Before) ?? throw Pager.InvalidCursor("before"),
            backward,
            (backward ? page.Last : page.First) ?? PageRequest.DefaultPageSize);
    }

    /// <summary>The cursor on whose far side rows tell the flag opposite to the paging direction.</summary>
    public object?[]? Cursor => Backward ? Before : After;

    /// <summary>The rows between the cursors, in paging order, one more than the page holds.</summary>
    public IQueryable<KeyedRow<TOut>> Rows<TOut>(IQueryable<T> source, KeysetOrder<T> order, Expression<Func<T, TOut>> shape)
    {
        if (After is not null)
        {
            source = source.Where(order.After(After, reverse: false));
        }

        if (Before is not null)
        {
            source = source.Where(order.After(Before, reverse: true));
        }

        return order.Apply(source, reverse: Backward).Take(Size + 1).Select(order.WithKeys(shape));
    }
}
