using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using PlanData.Querying;

namespace PlanData.Api.Limits;

/// <summary>
/// One pass over the operation a request runs, on its syntax tree and against the schema, before
/// anything executes: its execution depth, root fields and cost (<see cref="OperationCost"/>), and
/// where it uses introspection. Fragments are measured once per page size they are spread under, so
/// a document whose fragments spread each other many times costs a walk of its size, not of its
/// expansion; a fragment cycle (refused later by validation) counts as nothing.
/// </summary>
internal sealed class OperationWalk(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, JsonElement? variables, LimitsOptions limits)
{
    private Dictionary<(string Fragment, int? PageSize), Measure>? _fragments;
    private HashSet<string>? _entered;
    private IntrospectionWalk? _introspection;

    /// <summary>The first <c>__schema</c> or <c>__type</c> field, when any.</summary>
    public GraphQLField? Introspection { get; private set; }

    /// <summary>The first introspection field that repeats more often than allowed, when any.</summary>
    public GraphQLField? IntrospectionTooDeep => _introspection?.Overflow;

    public bool IntrospectionOfTypeTooDeep => _introspection?.OverflowIsOfType ?? false;

    public Measure Run()
    {
        schema.Initialize();
        return Visit(operation.SelectionSet, schema.Query, null);
    }

    /// <param name="pageSize">The page size of the connection whose selection this is; null for any other selection.</param>
    private Measure Visit(GraphQLSelectionSet selectionSet, IGraphType? type, int? pageSize)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var measure = default(Measure);
        foreach (var selection in selectionSet.Selections)
        {
            measure += selection switch
            {
                GraphQLField field => VisitField(field, type, pageSize),
                GraphQLFragmentSpread spread => VisitFragment(spread.FragmentName.Name, pageSize),
                GraphQLInlineFragment inline => Visit(inline.SelectionSet, inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name] : type, pageSize),
                _ => default,
            };
        }

        return measure;
    }

    private Measure VisitField(GraphQLField field, IGraphType? parentType, int? pageSize)
    {
        var name = field.Name.Value;
        if (name == "__schema" || name == "__type")
        {
            // Not counted in depth or cost: introspection has limits of its own, and no resolver of it reads the database.
            Introspection ??= field;
            if (field.SelectionSet is { } introspection)
            {
                _introspection ??= new IntrospectionWalk(schema, document, limits);
                _introspection.Run(introspection, schema.AllTypes[name == "__schema" ? "__Schema" : "__Type"]);
            }

            return new Measure(0, 0, 1);
        }

        var definition = (parentType as IComplexGraphType)?.GetField(name);
        var type = definition?.ResolvedType;
        var children = field.SelectionSet is { } selectionSet
            ? Visit(selectionSet, type?.GetNamedType(), OperationCost.ConnectionPageSize(definition, field, this))
            : default;
        var multiplier = OperationCost.Multiplier(name, definition, field, pageSize, this);
        return new Measure(OperationCost.FieldWeight + (multiplier * children.Cost), children.Depth + 1, 1);
    }

    private Measure VisitFragment(ROM name, int? pageSize)
    {
        if (document.FindFragmentDefinition(name) is not { } fragment)
        {
            return default;
        }

        var key = (fragment.FragmentName.Name.StringValue, pageSize);
        if ((_fragments ??= []).TryGetValue(key, out var known))
        {
            return known;
        }

        if (!(_entered ??= []).Add(key.StringValue))
        {
            return default;
        }

        var measure = Visit(fragment.SelectionSet, schema.AllTypes[fragment.TypeCondition.Type.Name], pageSize);
        _entered.Remove(key.StringValue);
        _fragments[key] = measure;
        return measure;
    }

    /// <summary>The value of an Int argument: a literal, a variable of the request, or that variable's default.</summary>
    public int? IntArgument(GraphQLField field, string argument)
    {
        var value = field.Arguments?.ValueFor(argument);
        if (value is GraphQLVariable variable)
        {
            var variableName = variable.Name.StringValue;
            if (variables is { ValueKind: JsonValueKind.Object } given && given.TryGetProperty(variableName, out var sent))
            {
                return sent.ValueKind == JsonValueKind.Number && sent.TryGetInt32(out var number) ? number : null;
            }

            value = operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.Value == variable.Name.Value)?.DefaultValue;
        }

        return value is GraphQLIntValue literal && int.TryParse(literal.Value.Span, out var parsed) ? parsed : null;
    }

    /// <summary>What a selection adds up to: its cost, the depth below it, and its fields at the top level.</summary>
    public readonly record struct Measure(double Cost, int Depth, int Fields)
    {
        public static Measure operator +(Measure a, Measure b) => new(a.Cost + b.Cost, Math.Max(a.Depth, b.Depth), a.Fields + b.Fields);
    }
}
