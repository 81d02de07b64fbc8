using GraphQL.Types;
using PlanData.Querying.Data;
using PlanData.Querying.Filtering;

namespace PlanData.Querying.Sorting;

/// <summary>Generates XSortInput types from the data fields of the object types reachable from the roots; lists are not sortable.</summary>
public static class SortInputTypes
{
    public static IEnumerable<IGraphType> Create(IReadOnlyDictionary<string, IObjectGraphType> types, IEnumerable<string> roots)
    {
        var done = new List<string>();
        var pending = new Queue<string>(roots);
        while (pending.TryDequeue(out var name))
        {
            if (done.Contains(name))
            {
                continue;
            }

            done.Add(name);
            var input = new InputObjectGraphType { Name = SortTypeNames.Object(name), Description = $"Sort on {name}; the list of sort inputs applies in order, ties broken by the natural key." };
            foreach (var (field, data) in FilterInputTypes.DataFieldsOf(types[name]).Where(f => f.Data.Sortable))
            {
                if (data.Kind == DataFieldKind.Object)
                {
                    pending.Enqueue(data.Target!);
                    input.Field(field.Name, new GraphQLTypeReference(SortTypeNames.Object(data.Target!))).Description($"Sort by fields of `{field.Name}`.");
                }
                else
                {
                    input.Field(field.Name, new GraphQLTypeReference(SortTypeNames.Direction)).Description($"Sort by `{field.Name}`.");
                }
            }

            yield return input;
        }
    }
}
