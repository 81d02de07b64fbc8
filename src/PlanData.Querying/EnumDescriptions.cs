using GraphQL.Types;

namespace PlanData.Querying;

public static class EnumDescriptions
{
    /// <summary>Describes enum values by their GraphQL names, keeping descriptions out of the domain enums.</summary>
    public static void Describe(this EnumerationGraphType type, params (string Value, string Description)[] descriptions)
    {
        foreach (var (value, description) in descriptions)
        {
            (type.Values.FindByName(value) ?? throw new InvalidOperationException($"{type.Name} has no value {value}.")).Description = description;
        }
    }
}
