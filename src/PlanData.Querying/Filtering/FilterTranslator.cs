using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Querying.Data;
using PlanData.Text;

namespace PlanData.Querying.Filtering;

/// <summary>
/// Translates a <c>where</c> argument into one LINQ predicate over the entity, which EF turns into SQL:
/// fields of an object ANDed, and/or at any depth, nested objects through navigations, lists through
/// Any/All, folded operations over the stored folded columns, computed fields through their expressions.
/// <paramref name="ordinalLike"/>: the database's LIKE is case-sensitive (PostgreSQL), so text matches
/// use it and the folded columns' trigram indexes.
/// </summary>
public sealed class FilterTranslator(ISchema schema, DataScope scope, bool ordinalLike = false)
{
    private static readonly MethodInfo _like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
    private static readonly MethodInfo _contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo _substring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo _substringFrom = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;

    public Expression<Func<T, bool>>? Where<T>(string typeName, object? where)
    {
        if (where is not IDictionary<string, object?> filter)
        {
            return null;
        }

        FilterSize.Check(filter, "where");
        var row = Expression.Parameter(typeof(T), "row");
        return Object(typeName, row, filter) is { } body ? Expression.Lambda<Func<T, bool>>(body, row) : null;
    }

    private Expression? Object(string typeName, Expression instance, IDictionary<string, object?> filter)
    {
        var type = (IComplexGraphType)schema.AllTypes[typeName]!;
        var inputType = FilterTypeNames.Object(typeName);
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            var part = name switch
            {
                "and" => Combine(Filters(value, name, inputType).Select(f => Object(typeName, instance, f)), Expression.AndAlso),
                "or" => Combine(Filters(value, name, inputType).Select(f => Object(typeName, instance, f) ?? Expression.Constant(true)), Expression.OrElse),
                _ when type.GetField(name) is { } field => Field(field, instance, value, inputType),
                _ => FilterOnly(FilterOnlyField.Of(type).Single(f => f.Name == name), instance, value, inputType),
            };
            result = And(result, part);
        }

        return result;
    }

    private Expression? Field(FieldType field, Expression instance, object? value, string inputType)
    {
        var data = DataField.Of(field)!;
        if (value is null)
        {
            throw FilterError.NullNotSupported(field.Name, inputType);
        }

        var operations = (IDictionary<string, object?>)value;
        var target = ExpressionParts.Apply(data.Value(scope), instance);
        return data.Kind switch
        {
            DataFieldKind.Scalar => Operations(target, data.ValueType, data.Nullable, operations, FilterTypeNames.Operations(data.ValueType)),
            DataFieldKind.Id => Ids(target, data.Target!, operations),
            DataFieldKind.Object when data.Cases is { } cases => Combine(
                cases.Select(c => And(ExpressionParts.Apply(c.Guard, instance), Object(data.Target!, ExpressionParts.Apply(c.Value, instance), operations) ?? Expression.Constant(true))),
                Expression.OrElse),
            DataFieldKind.Object => Object(data.Target!, target, operations),
            DataFieldKind.List => List(target, data.ValueType, operations, FilterTypeNames.List(data.Target!), (item, element) => Object(data.Target!, item, element)),
            DataFieldKind.StringList => StringList(target, operations),
            _ => throw new NotSupportedException(data.Kind.ToString()),
        };
    }

    private static Expression FilterOnly(FilterOnlyField field, Expression instance, object? value, string inputType) =>
        ExpressionParts.Apply(field.Predicate(value ?? throw FilterError.NullNotSupported(field.Name, inputType)), instance);

    private static Expression? List(Expression list, Type elementType, IDictionary<string, object?> operations, string inputType, Func<ParameterExpression, IDictionary<string, object?>, Expression?> predicate)
    {
        Expression? result = null;
        foreach (var (name, value) in operations)
        {
            if (value is null)
            {
                throw FilterError.NullNotSupported(name, inputType);
            }

            Expression part;
            if (name == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list);
                part = (bool)value ? any : Expression.Not(any);
            }
            else
            {
                var item = Expression.Parameter(elementType, "item");
                var body = predicate(item, (IDictionary<string, object?>)value) ?? Expression.Constant(true);
                var lambda = Expression.Lambda(body, item);
                part = name switch
                {
                    "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], list, lambda),
                    "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, lambda)),
                    _ => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, lambda),
                };
            }

            result = And(result, part);
        }

        return result;
    }

    private Expression? StringList(Expression list, IDictionary<string, object?> operations)
    {
        var folded = ExpressionParts.Folded(list, typeof(List<string>));
        Expression? result = null;
        foreach (var (name, value) in operations)
        {
            if (value is null)
            {
                throw FilterError.NullNotSupported(name, FilterTypeNames.ListString);
            }

            if (name == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], list);
                result = And(result, (bool)value ? any : Expression.Not(any));
                continue;
            }

            var stringOperations = (IDictionary<string, object?>)value;

            // One element is tested either as stored or folded: the folded twin is a separate list, and
            // SQL cannot pair an element with its twin, so mixing the two kinds would test the wrong text.
            var folding = Uses(stringOperations, folded: true);
            if (folding && Uses(stringOperations, folded: false))
            {
                throw new PlanDataError("FILTER_NOT_SUPPORTED", $"`{name}` on a list of strings cannot mix folded operations (ieq, icontains, istartsWith, iendsWith, iin) with the others in one filter.");
            }

            var source = folding && folded is not null ? folded : list;
            var item = Expression.Parameter(typeof(string), "text");
            var body = Operations(item, typeof(string), false, stringOperations, "StringOperationFilterInput", foldedValue: folding ? item : null) ?? Expression.Constant(true);
            var lambda = Expression.Lambda(body, item);
            Expression part = name switch
            {
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [typeof(string)], source, lambda),
                "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], source, lambda)),
                _ => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], source, lambda),
            };
            result = And(result, part);
        }

        return result;
    }

    private static bool IsFolded(string operation) => operation is "ieq" or "icontains" or "istartsWith" or "iendsWith" or "iin";

    /// <summary>Whether string operations (and/or included, at any depth) use folded operations, or, with <paramref name="folded"/> false, the others.</summary>
    private static bool Uses(IDictionary<string, object?> operations, bool folded) =>
        operations.Any(o => o.Key is "and" or "or"
            ? o.Value is IEnumerable nested && nested.OfType<IDictionary<string, object?>>().Any(n => Uses(n, folded))
            : IsFolded(o.Key) == folded);

    private static Expression? Ids(Expression naturalKey, string typeName, IDictionary<string, object?> operations)
    {
        Expression? result = null;
        foreach (var (name, value) in operations)
        {
            if (value is null)
            {
                throw FilterError.NullNotSupported(name, FilterTypeNames.Id);
            }

            Expression part = name switch
            {
                "eq" => Expression.Equal(naturalKey, ExpressionParts.Parameter(Key((string)value, typeName), typeof(string))),
                "neq" => Expression.NotEqual(naturalKey, ExpressionParts.Parameter(Key((string)value, typeName), typeof(string))),
                "in" => In(naturalKey, Keys(value, name, typeName)),
                _ => Expression.Not(In(naturalKey, Keys(value, name, typeName))),
            };
            result = And(result, part);
        }

        return result;
    }

    private static List<string> Keys(object value, string operation, string typeName) =>
        [.. ((IEnumerable)value).Cast<object?>().Select(v => Key((string)(v ?? throw FilterError.NullNotSupported(operation, FilterTypeNames.Id)), typeName))];

    private static string Key(string id, string typeName) =>
        NodeId.TryDecode(id, out var type, out var key) && type == typeName
            ? key
            : throw new PlanDataError("INVALID_ID", $"The ID `{id}` given to filter `id` is not an ID of a {typeName}.");

    private static Expression In(Expression value, IList list)
    {
        var type = list.GetType().GetGenericArguments()[0];
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [type], ExpressionParts.Parameter(list, list.GetType()), value);
    }

    private Expression? Operations(Expression value, Type valueType, bool nullable, IDictionary<string, object?> operations, string inputType, Expression? foldedValue = null)
    {
        Expression? result = null;
        foreach (var (name, operand) in operations)
        {
            result = And(result, Operation(value, valueType, nullable, name, operand, inputType, foldedValue));
        }

        return result;
    }

    private Expression? Operation(Expression value, Type valueType, bool nullable, string name, object? operand, string inputType, Expression? foldedValue)
    {
        if (operand is null && !(nullable && name is "eq" or "neq"))
        {
            throw FilterError.NullNotSupported(name, inputType);
        }

        switch (name)
        {
            case "and":
                return Combine(Filters(operand, name, inputType).Select(o => Operations(value, valueType, nullable, o, inputType, foldedValue)), Expression.AndAlso);
            case "or":
                return Combine(Filters(operand, name, inputType).Select(o => Operations(value, valueType, nullable, o, inputType, foldedValue) ?? Expression.Constant(true)), Expression.OrElse);
            case "eq" or "neq" when Unstorable(operand):
                return Expression.Constant(name == "neq");
            case "eq":
                return Expression.Equal(value, Constant(operand, value.Type));
            case "neq" when ordinalLike && value is ParameterExpression:
                // Npgsql cannot translate Any(e => e != x) over an array; Any(e => !(x = ANY([e]))) it can.
                return Expression.Not(In(value, new List<string> { (string)operand! }));
            case "neq":
                return Expression.NotEqual(value, Constant(operand, value.Type));
            case "in":
                return In(value, Storable(TypedList(operand!, value.Type, nullable, name, inputType)));
            case "nin":
                return Expression.Not(In(value, Storable(TypedList(operand!, value.Type, nullable, name, inputType))));
            case "contains" or "startsWith" or "endsWith" or "ieq" or "icontains" or "istartsWith" or "iendsWith" when Unstorable(operand):
                return Expression.Constant(false);
            case "ncontains" or "nstartsWith" or "nendsWith" when Unstorable(operand):
                return Expression.Constant(true);
            case "contains" or "startsWith" or "endsWith":
                return Match(name, value, (string)operand!);
            case "ncontains" or "nstartsWith" or "nendsWith":
                return Expression.Not(Match(name[1..], value, (string)operand!));
            case "ieq" or "icontains" or "istartsWith" or "iendsWith" or "iin":
                var folded = foldedValue ?? ExpressionParts.Folded(value, typeof(string)) ?? throw new PlanDataError("FILTER_NOT_SUPPORTED", $"`{name}` is not supported on this field.");
                return name == "iin"
                    ? In(folded, ((IEnumerable)operand!).Cast<object?>().Select(o => TextFolding.Fold((string)(o ?? throw FilterError.NullNotSupported(name, inputType)))).Where(t => !Unstorable(t)).ToList())
                    : name == "ieq"
                        ? Expression.Equal(folded, Constant(TextFolding.Fold((string)operand!), typeof(string)))
                        : Match(name[1..], folded, TextFolding.Fold((string)operand!));
            default:
                var comparison = Compare(name.TrimStart('n'), value, Constant(operand, value.Type));
                return name.StartsWith('n') ? Expression.Not(comparison) : comparison;
        }
    }

    /// <summary>
    /// Text PostgreSQL cannot hold (it has U+0000 in it): no stored value equals or contains it, and
    /// sending it would fail the statement, so it is decided here.
    /// </summary>
    private bool Unstorable(object? operand) => ordinalLike && operand is string text && text.Contains('\0', StringComparison.Ordinal);

    private IList Storable(IList values)
    {
        if (!ordinalLike || values is not List<string> texts)
        {
            return values;
        }

        return texts.Where(t => !Unstorable(t)).ToList();
    }

    private static Expression Compare(string name, Expression left, Expression right) => name switch
    {
        "gt" => Expression.GreaterThan(left, right),
        "gte" => Expression.GreaterThanOrEqual(left, right),
        "lt" => Expression.LessThan(left, right),
        _ => Expression.LessThanOrEqual(left, right),
    };

    /// <summary>
    /// contains / startsWith / endsWith, ordinal and case-sensitive in SQL. EF sends StartsWith and
    /// EndsWith to SQLite as LIKE, which ignores ASCII case ("ký kết" would match "Ký kết"), so the
    /// prefix or suffix is cut with substr() and compared; Contains becomes instr(), which is ordinal.
    /// PostgreSQL's LIKE is case-sensitive, and a trigram index serves it whatever the wildcards.
    /// </summary>
    private Expression Match(string operation, Expression text, string value)
    {
        if (ordinalLike)
        {
            var escaped = value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
            var like = operation switch { "contains" => $"%{escaped}%", "startsWith" => $"{escaped}%", _ => $"%{escaped}" };
            return Expression.Call(_like, Expression.Constant(EF.Functions), text, ExpressionParts.Parameter(like, typeof(string)), Expression.Constant(@"\"));
        }

        var pattern = Constant(value, typeof(string));
        var patternLength = Expression.Property(pattern, nameof(string.Length));
        return operation switch
        {
            "contains" => Expression.Call(text, _contains, pattern),
            "startsWith" => Expression.Equal(Expression.Call(text, _substring, Expression.Constant(0), patternLength), pattern),
            _ => Expression.Equal(Expression.Call(text, _substringFrom, Expression.Subtract(Expression.Property(text, nameof(string.Length)), patternLength)), pattern),
        };
    }

    private static Expression Constant(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var converted = value is null || value.GetType() == underlying ? value : underlying.IsEnum ? Enum.ToObject(underlying, value) : Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture);
        return ExpressionParts.Parameter(converted, type);
    }

    /// <summary>The values of in / nin as a list of the field's type; null among them tests for null, on nullable fields only.</summary>
    private static IList TypedList(object operand, Type type, bool nullable, string operation, string inputType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        foreach (var item in (IEnumerable)operand)
        {
            if (item is null && !nullable)
            {
                throw FilterError.NullNotSupported(operation, inputType);
            }

            list.Add(item is null || item.GetType() == underlying ? item : underlying.IsEnum ? Enum.ToObject(underlying, item) : Convert.ChangeType(item, underlying, System.Globalization.CultureInfo.InvariantCulture));
        }

        return list;
    }

    private static IEnumerable<IDictionary<string, object?>> Filters(object? value, string name, string inputType) =>
        value is null
            ? throw FilterError.NullNotSupported(name, inputType)
            : ((IEnumerable)value).Cast<object?>().Select(v => (IDictionary<string, object?>)(v ?? throw FilterError.NullNotSupported(name, inputType)));

    private static Expression? Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, BinaryExpression> combine)
    {
        Expression? result = null;
        foreach (var part in parts.OfType<Expression>())
        {
            result = result is null ? part : combine(result, part);
        }

        return result;
    }

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);
}
