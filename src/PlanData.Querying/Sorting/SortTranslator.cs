using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;
using PlanData.Querying.Data;

namespace PlanData.Querying.Sorting;

/// <summary>
/// Translates an <c>order</c> argument into a keyset order: each field in the order given, nested
/// objects through navigations, the default order appended as the unique tie-breaker. Keys are made
/// comparable in SQL on every engine: nulls first through a null flag, booleans as 0/1, enums by their
/// position in the declaration through CASE WHEN.
/// </summary>
public sealed class SortTranslator(ISchema schema, DataScope scope)
{
    /// <summary>Every key adds a level to the keyset comparison; no real order needs more.</summary>
    public const int MaxKeys = 20;

    public KeysetOrder<T> Order<T>(string typeName, object? order, KeysetOrder<T> tieBreaker)
    {
        if (order is not IEnumerable entries)
        {
            return tieBreaker;
        }

        Filtering.FilterSize.Check(order, "order", MaxKeys);
        var keys = KeysetOrder<T>.Empty();
        var row = Expression.Parameter(typeof(T), "row");
        foreach (var entry in entries)
        {
            if (entry is not IDictionary<string, object?> fields)
            {
                throw SortError.NullNotSupported("order", SortTypeNames.Object(typeName));
            }

            Add(keys, typeName, row, fields, value => ExpressionParts.Apply(value, row), optional: false);
        }

        return keys.Then(tieBreaker);
    }

    /// <param name="read">Reads a field's value lambda at the current position (the row, or an object reached from it).</param>
    /// <param name="optional">Whether the position was reached through a nullable object (agency.parent), so that every value read there may be null.</param>
    private void Add<T>(KeysetOrder<T> keys, string typeName, ParameterExpression row, IDictionary<string, object?> fields, Func<LambdaExpression, Expression> read, bool optional)
    {
        var type = (IComplexGraphType)schema.AllTypes[typeName]!;
        foreach (var (name, value) in fields)
        {
            var data = DataField.Of(type.GetField(name)!)!;
            switch (value)
            {
                case null:
                    throw SortError.NullNotSupported(name, SortTypeNames.Object(typeName));
                case IDictionary<string, object?> nested:
                    Add(keys, data.Target!, row, nested, Through(data, read), optional || data.Nullable);
                    break;
                case string or SortDirection:
                    var descending = value is SortDirection.Desc or "DESC";
                    foreach (var key in Keys(read(data.Value(scope)), optional || data.Nullable))
                    {
                        keys.ThenBy(Expression.Lambda(key, row), descending);
                    }

                    break;
                default:
                    throw new PlanDataError("HC0021", $"The sort input field `{name}` of type {SortTypeNames.Object(typeName)} does not accept a list.");
            }
        }
    }

    /// <summary>How to read fields of the object a field leads to: through its navigation, or by cases (CASE WHEN).</summary>
    private Func<LambdaExpression, Expression> Through(DataField data, Func<LambdaExpression, Expression> read)
    {
        if (data.Cases is not { } cases)
        {
            var navigation = read(data.Value(scope));
            return value => ExpressionParts.Apply(value, navigation);
        }

        return value =>
        {
            Expression result = ExpressionParts.Apply(value, read(cases[^1].Value));
            for (var i = cases.Count - 2; i >= 0; i--)
            {
                var choice = ExpressionParts.Apply(value, read(cases[i].Value));
                result = Expression.Condition(read(cases[i].Guard), choice, Expression.Convert(result, choice.Type));
            }

            return result;
        };
    }

    /// <summary>
    /// The keys that sort by a value. A value that may be null (a nullable field, or any field of an object
    /// that may be missing) is preceded by a null flag: SQL compares nothing with NULL, so without the flag
    /// a cursor on a null value would find no row after it.
    /// </summary>
    private static IEnumerable<Expression> Keys(Expression value, bool nullable)
    {
        nullable |= Nullable.GetUnderlyingType(value.Type) is not null;
        if (nullable && value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null)
        {
            value = Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type));
        }

        if (nullable)
        {
            yield return Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(0), Expression.Constant(1));
        }

        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        if (type == typeof(bool))
        {
            yield return Expression.Condition(Expression.Equal(value, Expression.Constant(true, value.Type)), Expression.Constant(1), Expression.Constant(0));
        }
        else if (type.IsEnum)
        {
            yield return Ordinal(value, type);
        }
        else
        {
            yield return value;
        }
    }

    /// <summary>
    /// The position of an enum value in its declaration (CASE WHEN kind = 'Day' THEN 0 ...), for stored
    /// enums (kept by name: EF cannot translate their ToString(), and the names would sort alphabetically),
    /// computed ones (status) and ones chosen by cases (currentSuccessor.kind) alike.
    /// </summary>
    private static Expression Ordinal(Expression value, Type enumType)
    {
        var values = Enum.GetValues(enumType);
        Expression result = Expression.Constant(values.Length);
        for (var i = values.Length - 1; i >= 0; i--)
        {
            var test = Expression.Equal(value, Expression.Constant(values.GetValue(i), value.Type));
            result = Expression.Condition(test, Expression.Constant(i), result);
        }

        return result;
    }
}
