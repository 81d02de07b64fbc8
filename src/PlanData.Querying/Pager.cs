using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PlanData.Querying;

/// <summary>Runs one page of a keyset-ordered query in SQL and builds its connection.</summary>
public static class Pager
{
    /// <param name="shape">How each row is read: the entity itself (<c>row =&gt; row</c>) or only the columns a selection needs.</param>
    public static async Task<Connection<TOut>> PageAsync<T, TOut>(IQueryable<T> source, KeysetOrder<T> order, PageRequest page, Expression<Func<T, TOut>> shape, CancellationToken cancellationToken)
    {
        var window = PageWindow<T>.Of(order, page);
        var rows = await window.Rows(source, order, shape).ToListAsync(cancellationToken);

        // The far side of the cursor is checked in SQL too, so that both page flags are exact.
        var earlier = window.Cursor is { } cursor && await source.AnyAsync(NotAfter(order, cursor, reverse: window.Backward), cancellationToken);
        return Build(rows, window.Size, window.Backward, earlier, token => source.CountAsync(token));
    }

    /// <summary>
    /// The connection of a fetched window: size + 1 rows tell whether more follow in the paging
    /// direction; <paramref name="beyondCursor"/> whether rows lie on the other side of the cursor.
    /// </summary>
    public static Connection<T> Build<T>(List<KeyedRow<T>> rows, int size, bool backward, bool beyondCursor, Func<CancellationToken, Task<int>> totalCount)
    {
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(r => new Edge<T>(KeysetOrder<T>.CursorOf(r.Keys), r.Row)).ToList();
        var pageInfo = new PageInfo(backward ? beyondCursor : more, backward ? more : beyondCursor, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    /// <summary>Rows at or before the cursor's position (at or after it when <paramref name="reverse"/>).</summary>
    public static Expression<Func<T, bool>> NotAfter<T>(KeysetOrder<T> order, object?[] cursor, bool reverse)
    {
        var beyond = order.After(cursor, reverse);
        return Expression.Lambda<Func<T, bool>>(Expression.Not(beyond.Body), beyond.Parameters);
    }

    public static PlanDataError InvalidCursor(string argument) =>
        new("HC0078", $"The cursor specified in `{argument}` has an invalid format.");
}
