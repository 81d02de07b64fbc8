using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using PlanData.Querying.Data;

namespace PlanData.Querying.Compiling;

/// <summary>
/// Plans a validated query operation once: for each list level, the values its statement reads (only those the selection,
/// and the list's keys, need) and how the response is written from them. An operation with anything the plan does not
/// cover (a field without a data declaration, arguments on a non-list field, directives, fragments on other types, an
/// interface) is not compiled: it runs on GraphQL.NET's executor.
/// </summary>
public static class OperationCompiler
{
    public static CompiledOperation? Compile(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (operation.Operation != OperationType.Query || operation.Directives is { Count: > 0 } || schema.Query is not { } query)
        {
            return null;
        }

        var roots = new List<(string, CompiledConnection?, string?)>();
        foreach (var field in Fields(operation.SelectionSet, query.Name, document) ?? [])
        {
            var name = ResponseName(field);
            if (field.Name.StringValue == "__typename")
            {
                roots.Add((name, null, query.Name));
                continue;
            }

            if (query.GetField(field.Name.StringValue) is not { } definition
                || definition.GetMetadata<IRootConnectionSource?>(ConnectionSource.RootKey) is not { } source
                || Connection(source, definition, field, query, document) is not { } connection)
            {
                return null;
            }

            roots.Add((name, connection, null));
        }

        return roots.Count == 0 ? null : new CompiledOperation(operation, roots);
    }

    private static CompiledConnection? Connection(IConnectionSource source, FieldType definition, GraphQLField syntax, IObjectGraphType parentType, GraphQLDocument document)
    {
        if (definition.ResolvedType?.GetNamedType() is not IObjectGraphType connectionType
            || connectionType.GetField("nodes")?.ResolvedType?.GetNamedType() is not IObjectGraphType nodeType
            || syntax.SelectionSet is null)
        {
            return null;
        }

        var connection = new CompiledConnection(source, definition, syntax, parentType, new RowShape(source.ItemType));
        SlotValue row = (_, r) => r;
        foreach (var field in Fields(syntax.SelectionSet, connectionType.Name, document) ?? [])
        {
            var name = ResponseName(field);
            ConnectionPart? part = field.Name.StringValue switch
            {
                "__typename" => new TypenamePart(name, connectionType.Name),
                "totalCount" => new TotalCountPart(name),
                "nodes" => Object(nodeType, field.SelectionSet, connection.Item, row, document) is { } fields ? new NodesPart(name, fields) : null,
                "edges" => Edges(name, connectionType, nodeType, field, connection.Item, document),
                "pageInfo" => PageInfo(name, connectionType, field, document),
                _ => null,
            };
            if (part is null)
            {
                return null;
            }

            connection.Parts.Add(part);
        }

        return connection.Parts.Count == 0 ? null : connection;
    }

    private static EdgesPart? Edges(string name, IObjectGraphType connectionType, IObjectGraphType nodeType, GraphQLField syntax, RowShape item, GraphQLDocument document)
    {
        if (connectionType.GetField("edges")?.ResolvedType?.GetNamedType() is not IObjectGraphType edgeType || syntax.SelectionSet is null)
        {
            return null;
        }

        var entries = new List<(string, string, IReadOnlyList<CompiledField>?)>();
        foreach (var field in Fields(syntax.SelectionSet, edgeType.Name, document) ?? [])
        {
            var entryName = ResponseName(field);
            switch (field.Name.StringValue)
            {
                case "__typename":
                    entries.Add((entryName, "__typename", null));
                    break;
                case "cursor":
                    entries.Add((entryName, "cursor", null));
                    break;
                case "node" when Object(nodeType, field.SelectionSet, item, (_, r) => r, document) is { } fields:
                    entries.Add((entryName, "node", fields));
                    break;
                default:
                    return null;
            }
        }

        return entries.Count == 0 ? null : new EdgesPart(name, entries, edgeType.Name);
    }

    private static PageInfoPart? PageInfo(string name, IObjectGraphType connectionType, GraphQLField syntax, GraphQLDocument document)
    {
        if (connectionType.GetField("pageInfo")?.ResolvedType?.GetNamedType() is not IObjectGraphType pageInfoType || syntax.SelectionSet is null)
        {
            return null;
        }

        var entries = new List<(string, string)>();
        foreach (var field in Fields(syntax.SelectionSet, pageInfoType.Name, document) ?? [])
        {
            var pageInfoField = field.Name.StringValue;
            if (pageInfoField is not ("__typename" or "hasNextPage" or "hasPreviousPage" or "startCursor" or "endCursor"))
            {
                return null;
            }

            entries.Add((ResponseName(field), pageInfoField));
        }

        return entries.Count == 0 ? null : new PageInfoPart(name, entries);
    }

    /// <summary>The fields of an object read from <paramref name="instance"/>, their values added to <paramref name="shape"/>.</summary>
    private static List<CompiledField>? Object(IObjectGraphType type, GraphQLSelectionSet? selection, RowShape shape, SlotValue instance, GraphQLDocument document)
    {
        if (selection is null || Fields(selection, type.Name, document) is not { } fields)
        {
            return null;
        }

        var compiled = new List<CompiledField>();
        foreach (var field in fields)
        {
            var name = ResponseName(field);
            if (field.Name.StringValue == "__typename")
            {
                compiled.Add(new TypenameField(name, type.Name));
                continue;
            }

            if (type.GetField(field.Name.StringValue) is not { } definition || Field(name, definition, field, type, shape, instance, document) is not { } output)
            {
                return null;
            }

            compiled.Add(output);
        }

        return compiled;
    }

    private static CompiledField? Field(string name, FieldType definition, GraphQLField syntax, IObjectGraphType parentType, RowShape shape, SlotValue instance, GraphQLDocument document)
    {
        if (definition.GetMetadata<INestedConnectionSource?>(ConnectionSource.NestedKey) is { } nested)
        {
            var parentKey = shape.Add((scope, row) => ExpressionParts.Apply(nested.ParentKey, instance(scope, row)));
            return Connection(nested, definition, syntax, parentType, document) is { } connection ? new NestedConnectionField(name, parentKey, connection) : null;
        }

        if (definition.Arguments is { Count: > 0 } || DataField.Of(definition) is not { } data || definition.ResolvedType is not { } type)
        {
            return null;
        }

        SlotValue value = (scope, row) => ExpressionParts.Apply(data.Value(scope), instance(scope, row));
        var nonNull = type is NonNullGraphType;
        switch (data.Kind)
        {
            case DataFieldKind.Id when data.Target is { } typeName:
                return new IdField(name, shape.Add(value), typeName);
            case DataFieldKind.Scalar when type.GetNamedType() is ScalarGraphType scalar:
                return new LeafField(name, shape.Add(value), scalar, nonNull, IsList: false);
            case DataFieldKind.StringList when type.GetNamedType() is ScalarGraphType scalar:
                return new LeafField(name, shape.Add(value), scalar, nonNull, IsList: true);
            case DataFieldKind.Object when data.Cases is { } cases && type.GetNamedType() is IObjectGraphType chosenType:
                var compiledCases = new List<(int, IReadOnlyList<CompiledField>)>();
                foreach (var (guard, caseValue) in cases)
                {
                    var guardSlot = shape.Add((scope, row) => ExpressionParts.Apply(guard, value(scope, row)));
                    if (Object(chosenType, syntax.SelectionSet, shape, (scope, row) => ExpressionParts.Apply(caseValue, value(scope, row)), document) is not { } caseFields)
                    {
                        return null;
                    }

                    compiledCases.Add((guardSlot, caseFields));
                }

                return new CaseObjectField(name, compiledCases);
            case DataFieldKind.Object when type.GetNamedType() is IObjectGraphType objectType:
                var present = nonNull ? -1 : shape.Add((scope, row) => IsPresent(value(scope, row)));
                return Object(objectType, syntax.SelectionSet, shape, value, document) is { } fields ? new ObjectField(name, present, fields) : null;
            case DataFieldKind.List when data.ChildRows is { } children && type.GetNamedType() is IObjectGraphType itemType:
                var item = new RowShape(children.ItemType);
                if (Object(itemType, syntax.SelectionSet, item, (_, row) => row, document) is not { } itemFields)
                {
                    return null;
                }

                var key = shape.Add((scope, row) => ExpressionParts.Apply(children.ParentKey, instance(scope, row)));
                return new ChildListField(name, key, children, item, itemFields);
            default:
                return null;
        }
    }

    /// <summary>
    /// The fields of a selection set on <paramref name="typeName"/>, fragments spread in; null when a directive, a fragment on
    /// another type or a response name given twice (fields to merge) is in it.
    /// </summary>
    private static List<GraphQLField>? Fields(GraphQLSelectionSet selection, string typeName, GraphQLDocument document)
    {
        var fields = new List<GraphQLField>();
        return Collect(selection, typeName, document, fields, depth: 0) && fields.Select(ResponseName).Distinct().Count() == fields.Count ? fields : null;
    }

    private static bool Collect(GraphQLSelectionSet selection, string typeName, GraphQLDocument document, List<GraphQLField> fields, int depth)
    {
        if (depth > 8)
        {
            return false;
        }

        foreach (var node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField { Directives: null or { Count: 0 } } field:
                    fields.Add(field);
                    break;
                case GraphQLInlineFragment { Directives: null or { Count: 0 } } inline
                    when inline.TypeCondition is null || inline.TypeCondition.Type.Name.StringValue == typeName:
                    if (!Collect(inline.SelectionSet, typeName, document, fields, depth + 1))
                    {
                        return false;
                    }

                    break;
                case GraphQLFragmentSpread { Directives: null or { Count: 0 } } spread
                    when Fragment(document, spread.FragmentName.Name.StringValue) is { } fragment
                         && fragment.TypeCondition.Type.Name.StringValue == typeName:
                    if (!Collect(fragment.SelectionSet, typeName, document, fields, depth + 1))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static BinaryExpression IsPresent(Expression value) => Expression.NotEqual(value, Expression.Constant(null, value.Type));

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);

    private static string ResponseName(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;
}
