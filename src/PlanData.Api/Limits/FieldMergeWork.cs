using System.Runtime.CompilerServices;
using GraphQLParser;
using GraphQLParser.AST;

namespace PlanData.Api.Limits;

/// <summary>
/// The work the validation rule that checks same-named fields can be merged will do on an operation,
/// measured as Hot Chocolate measures it: the pairs of fields sharing a response name that it compares
/// in each selection set (the fields of the fragments spread into the set included), and the fragment
/// spreads it enters (fragments expanded). GraphQL.NET's rule grows with the square of the first and
/// faster still with fragments spread side by side, so a document of a few thousand tokens could
/// otherwise keep a core busy for minutes. Introspection selections count like any other.
/// </summary>
internal sealed class FieldMergeWork
{
    private readonly GraphQLDocument _document;
    private readonly Dictionary<ROM, double> _level = new(RomComparer.Instance);
    private Dictionary<string, KeyValuePair<ROM, double>[]>? _fragmentNames;
    private Dictionary<string, double>? _fragmentVisits;
    private HashSet<string>? _enteredVisits;
    private HashSet<string>? _enteredNames;

    private FieldMergeWork(GraphQLDocument document)
    {
        _document = document;
    }

    public double Comparisons { get; private set; }

    public double FragmentVisits { get; private set; }

    public static FieldMergeWork Of(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var work = new FieldMergeWork(document);
        work.FragmentVisits = work.Visit(operation.SelectionSet);
        return work;
    }

    /// <returns>The fragment spreads entered at and below this selection set.</returns>
    private double Visit(GraphQLSelectionSet selectionSet)
    {
        _level.Clear();
        AddNames(selectionSet, _level);
        foreach (var count in _level.Values)
        {
            Comparisons += count * (count - 1) / 2;
        }

        return Below(selectionSet);
    }

    /// <summary>The selection sets under this one's fields, and those of its fragments (whose own fields belong to this set).</summary>
    private double Below(GraphQLSelectionSet selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var visits = 0d;
        foreach (var selection in selectionSet.Selections)
        {
            visits += selection switch
            {
                GraphQLField { SelectionSet: { } inner } => Visit(inner),
                GraphQLInlineFragment inline => Below(inline.SelectionSet),
                GraphQLFragmentSpread spread => 1 + Inside(spread.FragmentName.Name),
                _ => 0,
            };
        }

        return visits;
    }

    /// <summary>The fragment's own selection sets are the same wherever it is spread: walked once.</summary>
    private double Inside(ROM name)
    {
        if (_document.FindFragmentDefinition(name) is not { } fragment)
        {
            return 0;
        }

        var key = fragment.FragmentName.Name.StringValue;
        if ((_fragmentVisits ??= []).TryGetValue(key, out var known))
        {
            return known;
        }

        if (!(_enteredVisits ??= []).Add(key))
        {
            return 0;
        }

        var visits = Below(fragment.SelectionSet);
        _enteredVisits.Remove(key);
        _fragmentVisits[key] = visits;
        return visits;
    }

    /// <summary>Counts the response names of the set's fields, the fields its fragments spread into it included.</summary>
    private void AddNames(GraphQLSelectionSet selectionSet, Dictionary<ROM, double> names)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    Add(names, (field.Alias?.Name ?? field.Name).Value, 1);
                    break;
                case GraphQLInlineFragment inline:
                    AddNames(inline.SelectionSet, names);
                    break;
                case GraphQLFragmentSpread spread:
                    foreach (var (name, count) in NamesOf(spread.FragmentName.Name))
                    {
                        Add(names, name, count);
                    }

                    break;
            }
        }
    }

    private KeyValuePair<ROM, double>[] NamesOf(ROM fragmentName)
    {
        if (_document.FindFragmentDefinition(fragmentName) is not { } fragment)
        {
            return [];
        }

        var key = fragment.FragmentName.Name.StringValue;
        if ((_fragmentNames ??= []).TryGetValue(key, out var known))
        {
            return known;
        }

        if (!(_enteredNames ??= []).Add(key))
        {
            return [];
        }

        var names = new Dictionary<ROM, double>(RomComparer.Instance);
        AddNames(fragment.SelectionSet, names);
        _enteredNames.Remove(key);
        return _fragmentNames[key] = [.. names];
    }

    private static void Add(Dictionary<ROM, double> names, ROM name, double count)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(names, name, out _);
        slot += count;
    }

    private sealed class RomComparer : IEqualityComparer<ROM>
    {
        public static readonly RomComparer Instance = new();

        public bool Equals(ROM x, ROM y) => x.Span.SequenceEqual(y.Span);

        public int GetHashCode(ROM obj) => string.GetHashCode(obj.Span);
    }
}
