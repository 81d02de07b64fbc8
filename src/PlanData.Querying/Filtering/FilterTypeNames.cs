using PlanData.Querying.Data;

namespace PlanData.Querying.Filtering;

/// <summary>Hot Chocolate's names for generated filter inputs.</summary>
public static class FilterTypeNames
{
    public static string Object(string typeName) => $"{typeName}FilterInput";

    public static string List(string typeName) => $"ListFilterInputTypeOf{typeName}FilterInput";

    public const string ListString = "ListStringOperationFilterInput";

    public const string Id = "IdOperationFilterInput";

    /// <summary>The operation input of a scalar field, by its CLR type.</summary>
    public static string Operations(Type valueType)
    {
        var type = Nullable.GetUnderlyingType(valueType) ?? valueType;
        return type switch
        {
            _ when type == typeof(string) => "StringOperationFilterInput",
            _ when type == typeof(int) => "IntOperationFilterInput",
            _ when type == typeof(double) => "FloatOperationFilterInput",
            _ when type == typeof(DateOnly) => "DateOperationFilterInput",
            _ when type == typeof(bool) => "BooleanOperationFilterInput",
            _ when type.IsEnum => $"{type.Name}OperationFilterInput",
            _ => throw new NotSupportedException($"no filter operations for {type}"),
        };
    }

    public static string For(DataField field) => field.Kind switch
    {
        DataFieldKind.Scalar => Operations(field.ValueType),
        DataFieldKind.Id => Id,
        DataFieldKind.Object => Object(field.Target!),
        DataFieldKind.List => List(field.Target!),
        DataFieldKind.StringList => ListString,
        _ => throw new NotSupportedException(field.Kind.ToString()),
    };
}
