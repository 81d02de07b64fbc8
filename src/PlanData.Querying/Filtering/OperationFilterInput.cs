using GraphQL.Types;

namespace PlanData.Querying.Filtering;

/// <summary>The operation inputs of scalar fields, named and shaped as Hot Chocolate prints them.</summary>
public static class OperationFilterInput
{
    public static readonly string[] Comparisons = ["gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static readonly string[] StringOperations = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith"];

    public static readonly string[] FoldedOperations = ["ieq", "icontains", "istartsWith", "iendsWith"];

    public static IInputObjectGraphType Create(string name, Type type)
    {
        var input = new InputObjectGraphType { Name = name };
        if (type == typeof(string))
        {
            input.Description = "Filter operations on String. eq … nendsWith are ordinal and case-sensitive, as in Hot Chocolate; the i-prefixed ones compare folded text (lower case, no diacritics, đ→d, spaces collapsed).";
            input.Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)))).Description("Every one of these holds.");
            input.Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)))).Description("At least one of these holds.");
        }

        var scalar = ScalarType(type);
        input.Field("eq", scalar()).Description("Equal to; null tests for null (nullable fields only).");
        input.Field("neq", scalar()).Description("Not equal to; null tests for a value (nullable fields only).");
        if (type == typeof(string))
        {
            input.Field("contains", scalar()).Description("Contains, case-sensitive.");
            input.Field("ncontains", scalar()).Description("Does not contain, case-sensitive.");
        }

        if (type != typeof(bool))
        {
            // Hot Chocolate prints enum lists with non-null elements: in: [E!].
            input.Field("in", new ListGraphType(type.IsEnum ? new NonNullGraphType(scalar()) : scalar())).Description("Equal to one of these.");
            input.Field("nin", new ListGraphType(type.IsEnum ? new NonNullGraphType(scalar()) : scalar())).Description("Equal to none of these.");
        }
        if (type == typeof(string))
        {
            input.Field("startsWith", scalar()).Description("Starts with, case-sensitive.");
            input.Field("nstartsWith", scalar()).Description("Does not start with, case-sensitive.");
            input.Field("endsWith", scalar()).Description("Ends with, case-sensitive.");
            input.Field("nendsWith", scalar()).Description("Does not end with, case-sensitive.");
            input.Field("ieq", scalar()).Description("Equal to, comparing folded text: \"chuyen doi so\" equals \"Chuyển đổi số\".");
            input.Field("icontains", scalar()).Description("Contains, comparing folded text.");
            input.Field("istartsWith", scalar()).Description("Starts with, comparing folded text.");
            input.Field("iendsWith", scalar()).Description("Ends with, comparing folded text.");
            input.Field("iin", new ListGraphType(scalar())).Description("Equal to one of these, comparing folded text.");
        }
        else if (type == typeof(int) || type == typeof(double) || type == typeof(DateOnly))
        {
            input.Description = $"Filter operations on {(type == typeof(int) ? "Int" : type == typeof(double) ? "Float" : "Date")} (no and/or, as in Hot Chocolate).";
            foreach (var comparison in Comparisons)
            {
                input.Field(comparison, scalar()).Description(ComparisonDescription(comparison));
            }
        }
        else if (type == typeof(bool))
        {
            input.Description = "Filter operations on Boolean.";
        }
        else
        {
            input.Description = $"Filter operations on the enum {type.Name}.";
        }

        return input;
    }

    public static IInputObjectGraphType Id()
    {
        var input = new InputObjectGraphType { Name = FilterTypeNames.Id, Description = "Filter operations on global IDs (decoded to natural keys before comparing)." };
        input.Field("eq", new IdGraphType()).Description("The object with this ID.");
        input.Field("neq", new IdGraphType()).Description("Every object but the one with this ID.");
        input.Field("in", new ListGraphType(new IdGraphType())).Description("The objects with these IDs.");
        input.Field("nin", new ListGraphType(new IdGraphType())).Description("Every object but those with these IDs.");
        return input;
    }

    private static Func<IGraphType> ScalarType(Type type) => type switch
    {
        _ when type == typeof(string) => () => new StringGraphType(),
        _ when type == typeof(int) => () => new IntGraphType(),
        _ when type == typeof(double) => () => new FloatGraphType(),
        _ when type == typeof(bool) => () => new BooleanGraphType(),
        _ when type == typeof(DateOnly) => () => new GraphQLTypeReference("Date"),
        _ => () => new GraphQLTypeReference(type.Name),
    };

    private static string ComparisonDescription(string comparison) => comparison switch
    {
        "gt" => "Greater than.",
        "ngt" => "Not greater than.",
        "gte" => "Greater than or equal to.",
        "ngte" => "Not greater than or equal to.",
        "lt" => "Less than.",
        "nlt" => "Not less than.",
        "lte" => "Less than or equal to.",
        _ => "Not less than or equal to.",
    };
}
