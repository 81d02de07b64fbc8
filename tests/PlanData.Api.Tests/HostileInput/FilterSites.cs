using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PlanData.Querying;
using PlanData.Querying.Filtering;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// Every filter operator that takes text, found by introspection: each filter input type with a text
/// field (String, ID or list-of-String operations, or a condition that takes a String, such as
/// `within`), reached from the nearest field with a `where` argument, with each of its text operators
/// (eq … iin; all/none/some of a list). One request per filter input type ORs all of them (split over
/// requests where they are more than a `where` may hold), so that the database sees every operator with the text.
/// </summary>
public sealed class FilterSites
{
    private const string Introspection = """
        { __schema { types { kind name
            fields { name args { name type { ...T } } type { ...T } }
            inputFields { name type { ...T } } } } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private const string OperationSuffix = "OperationFilterInput";
    private static readonly HashSet<string> _textScalars = ["String", "ID"];

    private readonly Dictionary<string, JsonObject> _types;

    private FilterSites(Dictionary<string, JsonObject> types)
    {
        _types = types;
    }

    /// <summary>
    /// One request's worth: the text operators, or the ID operators, of one filter input type, and
    /// the field whose `where` reaches them. Apart, because an ID that does not decode is refused
    /// (INVALID_ID) and would keep the whole request from the database.
    /// </summary>
    public sealed record Group(string Name, WhereField Where, IReadOnlyList<Site> Sites)
    {
        public bool Ids => Sites.Any(s => s.IdType is not null);
    }

    /// <summary>A field with a `where` argument, e.g. plans.nodes.items, and what to select so that the filter runs.</summary>
    public sealed record WhereField(string Path, string FilterType, string Selection);

    /// <summary>
    /// One operator: the filter value around a variable of the operator's own type (e.g.
    /// `{ issuer: { name: { icontains: $v } } }`); for an ID operator, the type whose global ID
    /// carries the text as its key (base64("Plan:" + text)), so that the text reaches the database.
    /// </summary>
    public sealed record Site(string Name, string Value, string VariableType, string? IdType = null);

    public static async Task<IReadOnlyList<Group>> DiscoverAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Introspection });
        var schema = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["__schema"]!;
        var types = schema["types"]!.AsArray().Select(t => t!.AsObject()).ToDictionary(t => (string)t["name"]!);
        return new FilterSites(types).Groups();
    }

    /// <summary>The GraphQL request testing <paramref name="sites"/> (of one group) with <paramref name="text"/>.</summary>
    public static string Body(Group group, IReadOnlyList<Site> sites, string text)
    {
        // Text operators of one type share a variable; each ID operator has its own, the ID of its type.
        var variables = new JsonObject();
        var declarations = new List<string>();
        var values = new List<string>();
        foreach (var site in sites)
        {
            var name = site.IdType is null ? $"t{sites.Select(s => s.VariableType).Distinct().ToList().IndexOf(site.VariableType)}" : $"i{values.Count}";
            if (!variables.ContainsKey(name))
            {
                var value = site.IdType is null ? text : NodeId.Encode(site.IdType, text);
                variables[name] = site.VariableType.StartsWith('[') ? new JsonArray(value, "x") : value;
                declarations.Add($"${name}: {site.VariableType}");
            }

            values.Add(site.Value.Replace("$v", $"${name}", StringComparison.Ordinal));
        }

        var path = group.Where.Path.Split('.');
        var selection = new StringBuilder();
        foreach (var field in path[..^1])
        {
            selection.Append(field).Append(" { ");
        }

        selection.Append(path[^1]).Append("(where: { or: [").Append(string.Join(", ", values)).Append("] }) { ").Append(group.Where.Selection).Append(" }");
        selection.Append(string.Concat(Enumerable.Repeat(" }", path.Length - 1)));
        return HostileRequests.Body($"query Filters({string.Join(", ", declarations)}) {{ {selection} }}", variables);
    }

    private List<Group> Groups()
    {
        List<Group> groups = [];
        HashSet<string> covered = [];
        foreach (var where in WhereFields())
        {
            // A `where` one connection down (Plan.items) is translated on its own: its own fields are
            // tested there; the types nested in a filter are tested once, from the nearest root field.
            var isRoot = !where.Path.Contains('.');
            var queue = new Queue<(string Type, string Prefix)>([(where.FilterType, "")]);
            while (queue.TryDequeue(out var next))
            {
                var (type, prefix) = next;
                if (!covered.Add(prefix.Length == 0 ? $"{where.Path}:{type}" : type))
                {
                    continue;
                }

                List<Site> sites = [];
                foreach (var field in InputFields(type))
                {
                    var named = Named(field.Type);
                    if (named.EndsWith(OperationSuffix, StringComparison.Ordinal))
                    {
                        // The ID filters of XFilterInput compare IDs of type X.
                        sites.AddRange(Operators(named, depth: 0).Select(op => new Site(
                            $"{prefix}{field.Name}.{op.Name}",
                            Wrap(prefix, $"{{ {field.Name}: {op.Value} }}"),
                            op.VariableType,
                            op.VariableType.Trim('[', ']', '!') == "ID" ? type[..^"FilterInput".Length] : null)));
                    }
                    else if (_textScalars.Contains(named))
                    {
                        // A condition that takes text itself (Jurisdiction's `within`).
                        sites.Add(new Site($"{prefix}{field.Name}", Wrap(prefix, $"{{ {field.Name}: $v }}"), Signature(field.Type)));
                    }
                    else if (isRoot && field.Name is not ("and" or "or") && (string?)_types[named]["kind"] == "INPUT_OBJECT")
                    {
                        queue.Enqueue((named, $"{prefix}{field.Name}."));
                    }
                }

                foreach (var part in sites.GroupBy(s => s.IdType is null).Select(g => g.ToList()))
                {
                    var kind = part[0].IdType is null ? "text" : "ID";
                    var chunks = WithinFilterSize(part);
                    for (var i = 0; i < chunks.Count; i++)
                    {
                        var name = $"{where.Path}(where: {{ {prefix}… }}) on {type}, {kind} operators{(chunks.Count > 1 ? $" ({i + 1} of {chunks.Count})" : "")}";
                        groups.Add(new Group(name, where, chunks[i]));
                    }
                }
            }
        }

        return groups;
    }

    /// <summary>
    /// The sites split so that each request's `where` stays within <see cref="FilterSize.MaxObjects"/>
    /// objects (a filter type with many text fields, Jurisdiction's, has more operators than one request may OR):
    /// each site's value holds as many objects as it opens braces, and the `where` itself is one more.
    /// </summary>
    private static List<List<Site>> WithinFilterSize(List<Site> sites)
    {
        List<List<Site>> chunks = [[]];
        var objects = 1;
        foreach (var site in sites)
        {
            var size = site.Value.Count(c => c == '{');
            if (chunks[^1].Count > 0 && objects + size > FilterSize.MaxObjects)
            {
                chunks.Add([]);
                objects = 1;
            }

            chunks[^1].Add(site);
            objects += size;
        }

        return chunks;
    }

    /// <summary>The text operators of an operation filter type; list operations (all/none/some) one level down.</summary>
    private IEnumerable<Site> Operators(string operationType, int depth)
    {
        foreach (var field in InputFields(operationType))
        {
            var named = Named(field.Type);
            if (_textScalars.Contains(named))
            {
                yield return new Site(field.Name, $"{{ {field.Name}: $v }}", Signature(field.Type));
            }
            else if (depth == 0 && field.Name is not ("and" or "or") && named.EndsWith(OperationSuffix, StringComparison.Ordinal))
            {
                foreach (var inner in Operators(named, depth + 1))
                {
                    yield return inner with { Name = $"{field.Name}.{inner.Name}", Value = $"{{ {field.Name}: {inner.Value} }}" };
                }
            }
        }
    }

    /// <summary>
    /// Fields with a `where` argument, nearest first: Query's own, then those inside connections
    /// (plans.nodes.items), reached only through fields that return data without arguments.
    /// </summary>
    private IEnumerable<WhereField> WhereFields()
    {
        var queue = new Queue<(string Type, string Path)>([("Query", "")]);
        HashSet<string> seen = ["Query"];
        while (queue.TryDequeue(out var next))
        {
            foreach (var field in _types[next.Type]["fields"]!.AsArray().Select(f => f!.AsObject()))
            {
                var name = (string)field["name"]!;
                var path = next.Path.Length == 0 ? name : $"{next.Path}.{name}";
                var type = Named(field["type"]!.AsObject());
                var args = field["args"]!.AsArray().Select(a => a!.AsObject()).ToList();
                if (args.FirstOrDefault(a => (string?)a["name"] == "where") is { } where)
                {
                    yield return new WhereField(path, Named(where["type"]!.AsObject()), CountField(type));
                }

                var returnsData = args.Count == 0 || type.EndsWith("Connection", StringComparison.Ordinal);
                if (returnsData && path.Count(c => c == '.') < 3 && (string?)_types[type]["kind"] == "OBJECT" && seen.Add(type))
                {
                    queue.Enqueue((type, path));
                }
            }
        }
    }

    /// <summary>A field that makes the filter run: the connection's count, the statistics' total.</summary>
    private string CountField(string type) =>
        _types[type]["fields"]!.AsArray().Select(f => (string)f!["name"]!).FirstOrDefault(f => f is "totalCount" or "total") ?? "__typename";

    private IEnumerable<(string Name, JsonObject Type)> InputFields(string type) =>
        _types[type]["inputFields"]!.AsArray().Select(f => ((string)f!["name"]!, f["type"]!.AsObject()));

    private static string Wrap(string prefix, string value) =>
        prefix.Split('.', StringSplitOptions.RemoveEmptyEntries).Reverse().Aggregate(value, (inner, field) => $"{{ {field}: {inner} }}");

    private static string Named(JsonObject type) => type["ofType"] is JsonObject inner ? Named(inner) : (string)type["name"]!;

    /// <summary>The type as a variable declares it: String, [String], [ID!] …</summary>
    private static string Signature(JsonObject type) => (string)type["kind"]! switch
    {
        "NON_NULL" => Signature(type["ofType"]!.AsObject()) + "!",
        "LIST" => $"[{Signature(type["ofType"]!.AsObject())}]",
        _ => (string)type["name"]!,
    };
}
