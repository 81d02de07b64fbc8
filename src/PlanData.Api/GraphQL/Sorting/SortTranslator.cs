using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;
using PlanData.Api.GraphQL.Data;
using PlanData.Api.GraphQL.Filtering;

namespace PlanData.Api.GraphQL.Sorting;

/// <summary>
/// Translates an <c>order</c> argument into a keyset order: each field in the order given, nested
/// objects through navigations, the default order appended as the unique tie-breaker. Keys are made
/// comparable in SQL on every engine: nulls first through a null flag, booleans as 0/1, enums stored by
/// name through their text, computed enums through their number.
/// </summary>
public sealed class SortTranslator(ISchema schema, DataScope scope)
{
    public KeysetOrder<T> Order<T>(string typeName, object? order, KeysetOrder<T> tieBreaker)
    {
        if (order is not IEnumerable entries)
        {
            return tieBreaker;
        }

        var keys = KeysetOrder<T>.Empty();
        var row = Expression.Parameter(typeof(T), "row");
        foreach (var entry in entries)
        {
            if (entry is not IDictionary<string, object?> fields)
            {
                throw FilterError.NullNotSupported("order", SortTypeNames.Object(typeName));
            }

            Add(keys, typeName, row, fields, value => ExpressionParts.Apply(value, row));
        }

        return keys.Then(tieBreaker);
    }

    /// <param name="read">Reads a field's value lambda at the current position (the row, or an object reached from it).</param>
    private void Add<T>(KeysetOrder<T> keys, string typeName, ParameterExpression row, IDictionary<string, object?> fields, Func<LambdaExpression, Expression> read)
    {
        var type = (IComplexGraphType)schema.AllTypes[typeName]!;
        foreach (var (name, value) in fields)
        {
            var data = DataField.Of(type.GetField(name)!)!;
            switch (value)
            {
                case null:
                    throw FilterError.NullNotSupported(name, SortTypeNames.Object(typeName));
                case IDictionary<string, object?> nested:
                    Add(keys, data.Target!, row, nested, Through(data, read));
                    break;
                case string or SortDirection:
                    var descending = value is SortDirection.Desc or "DESC";
                    foreach (var key in Keys(read(data.Value(scope)), data))
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

    private static IEnumerable<Expression> Keys(Expression value, DataField data)
    {
        var nullable = data.Nullable || Nullable.GetUnderlyingType(value.Type) is not null;
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
            yield return value is MemberExpression
                ? Expression.Call(value, nameof(ToString), Type.EmptyTypes)
                : Expression.Convert(value, typeof(int));
        }
        else
        {
            yield return value;
        }
    }
}
