using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using PlanData.Querying.Data;

namespace PlanData.Querying;

/// <summary>
/// An ordering of a query by unique keys, and the SQL predicates that continue it from a cursor:
/// (k1 &gt; v1) OR (k1 = v1 AND k2 &gt; v2) ... so that a deep page costs what the first page costs
/// and rows added between two requests neither repeat nor vanish.
/// </summary>
public sealed class KeysetOrder<T>
{
    private static readonly MethodInfo _stringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private readonly List<(LambdaExpression Key, bool Descending)> _keys = [];

    private KeysetOrder()
    {
    }

    public static KeysetOrder<T> By<TKey>(Expression<Func<T, TKey>> key, bool descending = false) => new KeysetOrder<T>().ThenBy(key, descending);

    /// <summary>An order built key by key (from a client's <c>order</c> argument).</summary>
    public static KeysetOrder<T> Empty() => new();

    public KeysetOrder<T> ThenBy<TKey>(Expression<Func<T, TKey>> key, bool descending = false) => ThenBy((LambdaExpression)key, descending);

    public KeysetOrder<T> ThenBy(LambdaExpression key, bool descending = false)
    {
        _keys.Add((key, descending));
        return this;
    }

    /// <summary>A new order: these keys, then those of <paramref name="tieBreaker"/>.</summary>
    public KeysetOrder<T> Then(KeysetOrder<T> tieBreaker)
    {
        var order = new KeysetOrder<T>();
        order._keys.AddRange(_keys);
        order._keys.AddRange(tieBreaker._keys);
        return order;
    }

    public IQueryable<T> Apply(IQueryable<T> query, bool reverse)
    {
        var ordered = query.Expression;
        for (var i = 0; i < _keys.Count; i++)
        {
            var (key, descending) = _keys[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending != reverse ? "Descending" : "");
            ordered = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], ordered, Expression.Quote(key));
        }

        return query.Provider.CreateQuery<T>(ordered);
    }

    /// <summary>
    /// Selects each row as <paramref name="shape"/> makes it (the entity, or the columns a selection reads) with its key values, read
    /// by the same SQL statement (keys may cross navigations).
    /// </summary>
    public Expression<Func<T, KeyedRow<TOut>>> WithKeys<TOut>(Expression<Func<T, TOut>> shape)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keys = _keys.Select(k => Expression.Convert(ExpressionParts.Apply(k.Key, row), typeof(object)));
        var constructor = typeof(KeyedRow<TOut>).GetConstructors().Single();
        return Expression.Lambda<Func<T, KeyedRow<TOut>>>(Expression.New(constructor, ExpressionParts.Apply(shape, row), Expression.NewArrayInit(typeof(object), keys)), row);
    }

    public static string CursorOf(object?[] keys) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(keys));

    /// <summary>Decodes a cursor into key values; null when it is not one of this order's cursors.</summary>
    public object?[]? Decode(string cursor)
    {
        try
        {
            var bytes = Convert.FromBase64String(cursor);
            var elements = JsonSerializer.Deserialize<JsonElement[]>(bytes);
            if (elements is null || elements.Length != _keys.Count)
            {
                return null;
            }

            return [.. elements.Select((e, i) => e.Deserialize(_keys[i].Key.ReturnType))];
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Rows strictly after the cursor's row in this order (before it when <paramref name="reverse"/>).</summary>
    public Expression<Func<T, bool>> After(object?[] values, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < _keys.Count; i++)
        {
            var (key, descending) = _keys[i];
            var keyValue = ExpressionParts.Apply(key, row);
            var cursorValue = ExpressionParts.Parameter(values[i], key.ReturnType);
            var beyond = Compare(keyValue, cursorValue, greater: descending == reverse);
            var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            any = any is null ? term : Expression.OrElse(any, term);
            var equal = Expression.Equal(keyValue, cursorValue);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    private static Expression Compare(Expression left, Expression right, bool greater)
    {
        if (left.Type == typeof(string))
        {
            var comparison = Expression.Call(_stringCompare, left, right);
            return greater ? Expression.GreaterThan(comparison, Expression.Constant(0)) : Expression.LessThan(comparison, Expression.Constant(0));
        }

        return greater ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
    }
}

/// <summary>Holds a value for <see cref="Data.ExpressionParts.Parameter"/>: EF sends a captured member as a SQL parameter.</summary>
internal sealed class ValueHolder<TValue>(TValue value)
{
    public TValue Value { get; } = value;
}

/// <summary>A row and the values of its sort keys.</summary>
public sealed record KeyedRow<T>(T Row, object?[] Keys);
