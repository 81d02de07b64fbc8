using GraphQL.Types;
using PlanData.Querying.Data;

namespace PlanData.Querying.Filtering;

/// <summary>
/// Generates the filter inputs (XFilterInput, ListFilterInputTypeOfXFilterInput and the operation
/// inputs) from the data fields of the object types reachable from the roots, with Hot Chocolate's names.
/// </summary>
public static class FilterInputTypes
{
    public static IEnumerable<IGraphType> Create(IReadOnlyDictionary<string, IObjectGraphType> types, IEnumerable<string> roots)
    {
        var objects = new List<string>();
        var lists = new HashSet<string>();
        var operations = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var pending = new Queue<string>(roots);
        while (pending.TryDequeue(out var name))
        {
            if (objects.Contains(name))
            {
                continue;
            }

            objects.Add(name);
            foreach (var (_, field) in DataFieldsOf(types[name]))
            {
                switch (field.Kind)
                {
                    case DataFieldKind.Scalar:
                        operations[FilterTypeNames.Operations(field.ValueType)] = Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType;
                        break;
                    case DataFieldKind.Object:
                        pending.Enqueue(field.Target!);
                        break;
                    case DataFieldKind.List:
                        lists.Add(field.Target!);
                        pending.Enqueue(field.Target!);
                        break;
                }
            }
        }

        foreach (var name in objects)
        {
            yield return ObjectFilter(name, types[name]);
        }

        foreach (var name in lists)
        {
            yield return ListFilter(FilterTypeNames.List(name), FilterTypeNames.Object(name), $"Filter on a list of {name}.");
        }

        foreach (var (name, type) in operations)
        {
            yield return OperationFilterInput.Create(name, type);
        }

        yield return OperationFilterInput.Id();
        yield return ListFilter(FilterTypeNames.ListString, "StringOperationFilterInput", "Filter on a list of strings.");
    }

    public static IEnumerable<(FieldType Field, DataField Data)> DataFieldsOf(IComplexGraphType type) =>
        type.Fields.Select(f => (Field: f, Data: DataField.Of(f))).Where(f => f.Data is not null)!;

    private static IInputObjectGraphType ObjectFilter(string name, IObjectGraphType type)
    {
        var input = new InputObjectGraphType { Name = FilterTypeNames.Object(name), Description = $"Filter on {name}: fields inside one object are ANDed; and/or combine objects." };
        input.Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(input.Name)))).Description("Every one of these filters holds.");
        input.Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(input.Name)))).Description("At least one of these filters holds.");
        foreach (var (field, data) in DataFieldsOf(type))
        {
            input.Field(field.Name, new GraphQLTypeReference(FilterTypeNames.For(data))).Description($"Filter on `{field.Name}`.");
        }

        foreach (var extra in FilterOnlyField.Of(type))
        {
            input.Field(extra.Name, extra.InputType()).Description(extra.Description);
        }

        return input;
    }

    private static IInputObjectGraphType ListFilter(string name, string element, string description)
    {
        var input = new InputObjectGraphType { Name = name, Description = description };
        input.Field("all", new GraphQLTypeReference(element)).Description("Every element matches (true for an empty list).");
        input.Field("none", new GraphQLTypeReference(element)).Description("No element matches.");
        input.Field("some", new GraphQLTypeReference(element)).Description("At least one element matches.");
        input.Field("any", new BooleanGraphType()).Description("true: the list has elements; false: it is empty.");
        return input;
    }
}
