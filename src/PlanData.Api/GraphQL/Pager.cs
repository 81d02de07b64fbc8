using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace PlanData.Api.GraphQL;

/// <summary>Runs one page of a keyset-ordered query in SQL and builds its connection.</summary>
public static class Pager
{
    public static async Task<Connection<T>> PageAsync<T>(IQueryable<T> source, KeysetOrder<T> order, PageRequest page, CancellationToken cancellationToken)
    {
        var after = page.After is null ? null : order.Decode(page.After) ?? throw InvalidCursor("after");
        var before = page.Before is null ? null : order.Decode(page.Before) ?? throw InvalidCursor("before");
        var backward = page.Last is not null && page.First is null;
        var size = (backward ? page.Last : page.First) ?? PageRequest.DefaultPageSize;

        var window = source;
        if (after is not null)
        {
            window = window.Where(order.After(after, reverse: false));
        }

        if (before is not null)
        {
            window = window.Where(order.After(before, reverse: true));
        }

        var rows = await order.Apply(window, reverse: backward).Take(size + 1).Select(order.WithKeys()).ToListAsync(cancellationToken);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        // The far side of a cursor is checked in SQL too, so both flags are exact.
        var hasNext = backward ? before is not null && await source.AnyAsync(NotIn(order, before, reverse: true), cancellationToken) : more;
        var hasPrevious = backward ? more : after is not null && await source.AnyAsync(NotIn(order, after, reverse: false), cancellationToken);

        var edges = rows.Select(r => new Edge<T>(KeysetOrder<T>.CursorOf(r), r.Row)).ToList();
        var pageInfo = new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, token => source.CountAsync(token));
    }

    private static Expression<Func<T, bool>> NotIn<T>(KeysetOrder<T> order, object?[] cursor, bool reverse)
    {
        var beyond = order.After(cursor, reverse);
        return Expression.Lambda<Func<T, bool>>(Expression.Not(beyond.Body), beyond.Parameters);
    }

    private static PlanDataError InvalidCursor(string argument) =>
        new("HC0078", $"The cursor specified in `{argument}` has an invalid format.");
}
