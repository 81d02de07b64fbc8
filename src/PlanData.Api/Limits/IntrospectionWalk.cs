using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace PlanData.Api.Limits;

/// <summary>
/// Hot Chocolate's introspection depth rule: on any path, each recursive field of <c>__Type</c>
/// may repeat only so often, so that a document cannot make the server walk the schema's graph
/// round and round. Fragments are walked once per count of repetitions they are spread under.
/// </summary>
internal sealed class IntrospectionWalk(ISchema schema, GraphQLDocument document, LimitsOptions limits)
{
    // The recursive fields of __Type; the last one is ofType, which has a limit of its own.
    private static readonly string[] _recursive = ["fields", "inputFields", "interfaces", "possibleTypes", "ofType"];

    private Dictionary<(string Fragment, Path Path), bool>? _fragments;
    private HashSet<string>? _entered;

    public GraphQLField? Overflow { get; private set; }

    public bool OverflowIsOfType { get; private set; }

    public void Run(GraphQLSelectionSet selectionSet, IGraphType? type)
    {
        if (Overflow is null)
        {
            Visit(selectionSet, type, default);
        }
    }

    /// <returns>False once a field has repeated too often (<see cref="Overflow"/>).</returns>
    private bool Visit(GraphQLSelectionSet selectionSet, IGraphType? type, Path path)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            var within = selection switch
            {
                GraphQLField field => VisitField(field, type, path),
                GraphQLFragmentSpread spread => VisitFragment(spread.FragmentName.Name, path),
                GraphQLInlineFragment inline => Visit(inline.SelectionSet, inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name] : type, path),
                _ => true,
            };
            if (!within)
            {
                return false;
            }
        }

        return true;
    }

    private bool VisitField(GraphQLField field, IGraphType? type, Path path)
    {
        if (field.SelectionSet is not { } selectionSet)
        {
            return true;
        }

        if (type?.Name == "__Type" && Array.FindIndex(_recursive, name => field.Name.Value == name) is var index and >= 0)
        {
            path = path.With(index);
            var ofType = index == _recursive.Length - 1;
            if (path[index] > (ofType ? limits.MaxIntrospectionOfTypeDepth : limits.MaxIntrospectionListDepth))
            {
                Overflow = field;
                OverflowIsOfType = ofType;
                return false;
            }
        }

        return Visit(selectionSet, (type as IComplexGraphType)?.GetField(field.Name.Value)?.ResolvedType?.GetNamedType(), path);
    }

    private bool VisitFragment(ROM name, Path path)
    {
        if (document.FindFragmentDefinition(name) is not { } fragment)
        {
            return true;
        }

        var key = (fragment.FragmentName.Name.StringValue, path);
        if ((_fragments ??= []).TryGetValue(key, out var known))
        {
            return known;
        }

        if (!(_entered ??= []).Add(key.StringValue))
        {
            return true;
        }

        var within = Visit(fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name], path);
        _entered.Remove(key.StringValue);
        _fragments[key] = within;
        return within;
    }

    /// <summary>How often each recursive field of __Type occurs on the path so far, a byte each.</summary>
    private readonly record struct Path(long Counts)
    {
        public int this[int index] => (int)((Counts >> (index * 8)) & 0xFF);

        // Counts stop at 255: far above any sensible limit, and the walk stops at the limit.
        public Path With(int index) => this[index] == 0xFF ? this : new Path(Counts + (1L << (index * 8)));
    }
}
