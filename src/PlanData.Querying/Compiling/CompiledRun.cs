using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Querying.Data;

namespace PlanData.Querying.Compiling;

/// <summary>
/// Runs a compiled operation: one statement per list level (the root lists, then each nested list for all its parents at
/// once), then writes the response's data straight from the rows in the selection's order. Null when the answer would
/// need GraphQL's error handling (a refused argument, a null where the schema promises a value): the executor then runs
/// the operation and answers in its own words.
/// </summary>
public sealed class CompiledRun
{
    private readonly CompiledRequest _request;
    private readonly Dictionary<NestedConnectionField, IReadOnlyDictionary<object, Connection<object?[]>>> _nested = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ChildListField, Dictionary<object, List<object?[]>>> _children = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Connection<object?[]>, int> _totals = new(ReferenceEqualityComparer.Instance);

    private CompiledRun(CompiledRequest request) => _request = request;

    /// <returns>The UTF-8 JSON of the response's <c>data</c>, or null when the executor must answer.</returns>
    public static async Task<byte[]?> DataAsync(CompiledOperation operation, CompiledRequest request, JsonWriterOptions json)
    {
        var run = new CompiledRun(request);
        try
        {
            var roots = new List<Connection<object?[]>?>();
            foreach (var (_, connection, _) in operation.Roots)
            {
                roots.Add(connection is null ? null : await run.RootAsync(connection));
            }

            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var writer = new Utf8JsonWriter(buffer, json))
            {
                writer.WriteStartObject();
                for (var i = 0; i < roots.Count; i++)
                {
                    var (name, connection, typename) = operation.Roots[i];
                    writer.WritePropertyName(name);
                    if (typename is not null)
                    {
                        writer.WriteStringValue(typename);
                    }
                    else
                    {
                        run.WriteConnection(writer, connection!, roots[i]!);
                    }
                }

                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }
        catch (Exception e) when (e is PlanDataError or ExecutorMustAnswer)
        {
            return null;
        }
    }

    private async Task<Connection<object?[]>> RootAsync(CompiledConnection compiled)
    {
        var context = Context(compiled, parent: null);
        var source = (IRootConnectionSource)compiled.Source;
        var page = await source.PageAsync(context, compiled.Item.Projection(DataScope.For(context)), _request.CancellationToken);
        if (compiled.Parts.OfType<TotalCountPart>().Any())
        {
            _totals[page] = await page.TotalCount(_request.CancellationToken);
        }

        await BelowAsync(NodeRows(compiled, [page]), context);
        return page;
    }

    /// <summary>Each node of these pages with each selection made of it (<c>nodes</c>, <c>edges.node</c>).</summary>
    private static IEnumerable<(IReadOnlyList<CompiledField> Fields, object?[] Row)> NodeRows(CompiledConnection compiled, IEnumerable<Connection<object?[]>> pages)
    {
        foreach (var page in pages)
        {
            foreach (var edge in page.Edges)
            {
                foreach (var part in compiled.Parts)
                {
                    if (part is NodesPart nodes)
                    {
                        yield return (nodes.Fields, edge.Node);
                    }
                    else if (part is EdgesPart edges)
                    {
                        foreach (var (_, _, node) in edges.Entries)
                        {
                            if (node is not null)
                            {
                                yield return (node, edge.Node);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>The lists below these rows: one statement for each list field, for all the rows at once, then the lists below those.</summary>
    private async Task BelowAsync(IEnumerable<(IReadOnlyList<CompiledField> Fields, object?[] Row)> rows, IResolveFieldContext context)
    {
        var keys = new Dictionary<CompiledField, HashSet<object>>(ReferenceEqualityComparer.Instance);
        foreach (var (fields, row) in rows)
        {
            CollectKeys(fields, row, keys);
        }

        foreach (var (field, parentKeys) in keys)
        {
            if (field is NestedConnectionField nested)
            {
                var connection = nested.Connection;
                var nestedContext = Context(connection, context);
                var source = (INestedConnectionSource)connection.Source;
                var pages = await source.PageAsync(nestedContext, parentKeys, connection.Item.Projection(DataScope.For(nestedContext)), _request.CancellationToken);
                _nested[nested] = pages;
                foreach (var page in pages.Values)
                {
                    _totals[page] = await page.TotalCount(_request.CancellationToken);
                }

                await BelowAsync(NodeRows(connection, pages.Values), nestedContext);
            }
            else if (field is ChildListField list)
            {
                var db = _request.Services.GetRequiredService<IQueryDatabase>().Context;
                var children = await list.Rows.RowsAsync(db, parentKeys, list.Item.Projection(DataScope.For(context)), _request.CancellationToken);
                _children[list] = children;
                await BelowAsync(children.Values.SelectMany(c => c).Select(row => (list.Fields, row)), context);
            }
        }
    }

    private static void CollectKeys(IReadOnlyList<CompiledField> fields, object?[] row, Dictionary<CompiledField, HashSet<object>> keys)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case NestedConnectionField nested when row[nested.ParentKeySlot] is { } key:
                    Add(nested, key);
                    break;
                case ChildListField list when row[list.ParentKeySlot] is { } key:
                    Add(list, key);
                    break;
                case ObjectField objectField when objectField.PresentSlot < 0 || row[objectField.PresentSlot] is true:
                    CollectKeys(objectField.Fields, row, keys);
                    break;
                case CaseObjectField chosen when Chosen(chosen, row) is { } chosenFields:
                    CollectKeys(chosenFields, row, keys);
                    break;
            }
        }

        void Add(CompiledField field, object key)
        {
            if (!keys.TryGetValue(field, out var set))
            {
                keys[field] = set = [];
            }

            set.Add(key);
        }
    }

    /// <summary>The context the list field's resolver would get: its coerced arguments, the enclosing list's context as parent.</summary>
    private ResolveFieldContext Context(CompiledConnection compiled, IResolveFieldContext? parent) => new()
    {
        FieldAst = compiled.Syntax,
        FieldDefinition = compiled.Field,
        ParentType = compiled.ParentType,
        Parent = parent,
        Arguments = ExecutionHelper.GetArguments(compiled.Field.Arguments, compiled.Syntax.Arguments, _request.Variables, _request.Document, compiled.Syntax, null),
        Schema = _request.Schema,
        Document = _request.Document,
        Variables = _request.Variables,
        RequestServices = _request.Services,
        User = _request.User,
        UserContext = _request.UserContext,
        CancellationToken = _request.CancellationToken,
    };

    private void WriteConnection(Utf8JsonWriter writer, CompiledConnection compiled, Connection<object?[]> page)
    {
        writer.WriteStartObject();
        foreach (var part in compiled.Parts)
        {
            writer.WritePropertyName(part.Name);
            switch (part)
            {
                case TypenamePart typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case TotalCountPart:
                    writer.WriteNumberValue(_totals[page]);
                    break;
                case NodesPart nodes:
                    writer.WriteStartArray();
                    foreach (var edge in page.Edges)
                    {
                        WriteObject(writer, nodes.Fields, edge.Node);
                    }

                    writer.WriteEndArray();
                    break;
                case EdgesPart edges:
                    writer.WriteStartArray();
                    foreach (var edge in page.Edges)
                    {
                        writer.WriteStartObject();
                        foreach (var (name, what, node) in edges.Entries)
                        {
                            writer.WritePropertyName(name);
                            switch (what)
                            {
                                case "cursor":
                                    writer.WriteStringValue(edge.Cursor);
                                    break;
                                case "node":
                                    WriteObject(writer, node!, edge.Node);
                                    break;
                                default:
                                    writer.WriteStringValue(edges.EdgeTypeName);
                                    break;
                            }
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    break;
                case PageInfoPart pageInfo:
                    WritePageInfo(writer, pageInfo, page.PageInfo);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static void WritePageInfo(Utf8JsonWriter writer, PageInfoPart part, PageInfo info)
    {
        writer.WriteStartObject();
        foreach (var (name, field) in part.Entries)
        {
            writer.WritePropertyName(name);
            switch (field)
            {
                case "hasNextPage":
                    writer.WriteBooleanValue(info.HasNextPage);
                    break;
                case "hasPreviousPage":
                    writer.WriteBooleanValue(info.HasPreviousPage);
                    break;
                case "startCursor":
                    WriteString(writer, info.StartCursor);
                    break;
                case "endCursor":
                    WriteString(writer, info.EndCursor);
                    break;
                default:
                    writer.WriteStringValue("PageInfo");
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteObject(Utf8JsonWriter writer, IReadOnlyList<CompiledField> fields, object?[] row)
    {
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.Name);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case LeafField leaf:
                    WriteLeaf(writer, leaf, row[leaf.Slot]);
                    break;
                case IdField id:
                    writer.WriteStringValue(NodeId.Encode(id.TypeName, (string)(row[id.Slot] ?? throw new ExecutorMustAnswer())));
                    break;
                case ObjectField objectField:
                    if (objectField.PresentSlot >= 0 && row[objectField.PresentSlot] is not true)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        WriteObject(writer, objectField.Fields, row);
                    }

                    break;
                case CaseObjectField chosen:
                    WriteObject(writer, Chosen(chosen, row) ?? throw new ExecutorMustAnswer(), row);
                    break;
                case ChildListField list:
                    writer.WriteStartArray();
                    if (row[list.ParentKeySlot] is { } parent && _children[list].TryGetValue(parent, out var children))
                    {
                        foreach (var child in children)
                        {
                            WriteObject(writer, list.Fields, child);
                        }
                    }

                    writer.WriteEndArray();
                    break;
                case NestedConnectionField nested:
                    if (row[nested.ParentKeySlot] is { } key && _nested.TryGetValue(nested, out var pages) && pages.TryGetValue(key, out var page))
                    {
                        WriteConnection(writer, nested.Connection, page);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }

                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static IReadOnlyList<CompiledField>? Chosen(CaseObjectField field, object?[] row) =>
        field.Cases.FirstOrDefault(c => row[c.GuardSlot] is true).Fields;

    private static void WriteLeaf(Utf8JsonWriter writer, LeafField leaf, object? value)
    {
        if (value is null)
        {
            if (leaf.NonNull)
            {
                throw new ExecutorMustAnswer();
            }

            writer.WriteNullValue();
            return;
        }

        if (!leaf.IsList)
        {
            WriteScalar(writer, leaf.Type.Serialize(value));
            return;
        }

        writer.WriteStartArray();
        foreach (var item in (System.Collections.IEnumerable)value)
        {
            WriteScalar(writer, item is null ? null : leaf.Type.Serialize(item));
        }

        writer.WriteEndArray();
    }

    private static void WriteScalar(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                // A scalar this writer does not know: the executor writes it.
                throw new ExecutorMustAnswer();
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>The rows hold what only the executor answers for: a null where the schema promises a value, a scalar of its own.</summary>
    private sealed class ExecutorMustAnswer : Exception;
}
