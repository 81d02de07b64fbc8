using System.Text.Json.Nodes;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>Variables that are huge, of the wrong type, or named like JavaScript's object internals.</summary>
public static class VariableCases
{
    private const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";
    private const string PlansFirst = "query($n: Int) { plans(first: $n) { totalCount } }";
    private const string Search = "query($t: String!) { search(text: $t) { totalCount } }";
    private const string PlansWhere = "query($w: PlanFilterInput) { plans(where: $w) { totalCount } }";

    public static IEnumerable<HostileCase> All() => [.. HugeLists(), .. WrongTypes(), .. PrototypeKeys()];

    private static IEnumerable<HostileCase> HugeLists()
    {
        yield return new("1,000,000 ids", () => Graphql(Nodes, Variables(("ids", Many(1_000_000, i => $"{i}")))));
        yield return new("100,000 ids", () => Graphql(Nodes, Variables(("ids", Many(100_000, i => $"{i}")))));
        yield return new("150,000 nulls for non-null ids", () => Graphql(Nodes, Variables(("ids", Many(150_000, _ => null)))));
        yield return new("100,000 years in an in-filter", () =>
            Graphql("query($y: [Int]) { plans(where: {year: {in: $y}}) { totalCount } }", Variables(("y", Many(100_000, i => i)))));
        yield return new("60,000 titles in a nin-filter", () =>
            Graphql("query($t: [String]) { planItems(where: {title: {nin: $t}}) { totalCount } }", Variables(("t", Many(60_000, i => $"t{i}")))));
        yield return new("60,000 titles in a folded iin-filter", () =>
            Graphql("query($t: [String]) { planItems(where: {title: {iin: $t}}) { totalCount } }", Variables(("t", Many(60_000, i => $"T{i}")))));
        yield return new("40,000 ids in an id filter", () =>
            Graphql("query($i: [ID]) { agencies(where: {id: {in: $i}}) { totalCount } }", Variables(("i", Many(40_000, i => $"QWdlbmN5Ong{i}")))));
        yield return new("50,000 sort inputs", () =>
            Graphql("query($o: [PlanSortInput!]) { plans(order: $o) { totalCount } }", Variables(("o", Many(50_000, _ => new JsonObject { ["title"] = "ASC" })))));
        // Under 64 KB each: small enough for a limit on the size of variables to let through.
        yield return new("2,000 or-filters", () =>
            Graphql(PlansWhere, Variables(("w", new JsonObject { ["or"] = Many(2_000, i => new JsonObject { ["title"] = new JsonObject { ["contains"] = $"{i}" } }) }))));
        yield return new("20,000 empty or-filters", () =>
            Graphql(PlansWhere, Variables(("w", new JsonObject { ["or"] = Many(20_000, _ => new JsonObject()) }))));
        yield return new("20,000 empty or-operations on a text field", () =>
            Graphql("query($w: PlanItemFilterInput) { planItems(where: $w) { totalCount } }", Variables(("w", new JsonObject { ["title"] = new JsonObject { ["or"] = Many(20_000, _ => new JsonObject()) } }))));
        yield return new("20,000 empty and-filters", () =>
            Graphql(PlansWhere, Variables(("w", new JsonObject { ["and"] = Many(20_000, _ => new JsonObject()) }))));
        yield return new("4,500 sort keys", () =>
            Graphql("query($o: [PlanSortInput!]) { plans(order: $o) { totalCount } }", Variables(("o", Many(4_500, _ => new JsonObject { ["id"] = "ASC" })))));
        yield return new("20,000 empty sort inputs", () =>
            Graphql("query($o: [PlanSortInput!]) { plans(order: $o) { totalCount } }", Variables(("o", Many(20_000, _ => new JsonObject())))));
        yield return new("20,000 or-filters", () =>
            Graphql(PlansWhere, Variables(("w", new JsonObject { ["or"] = Many(20_000, i => new JsonObject { ["title"] = new JsonObject { ["contains"] = $"{i}" } }) }))));
    }

    private static IEnumerable<HostileCase> WrongTypes()
    {
        (string Name, string Query, JsonObject Variables)[] cases =
        [
            ("a string for an Int", PlansFirst, Variables(("n", "10"))),
            ("a float for an Int", PlansFirst, Variables(("n", 1.5))),
            ("2^31 for an Int", PlansFirst, Variables(("n", 2147483648L))),
            ("an object for an Int", PlansFirst, Variables(("n", new JsonObject { ["n"] = 1 }))),
            ("an object for a list", Nodes, Variables(("ids", new JsonObject { ["0"] = "x" }))),
            ("a list of lists for a list", Nodes, Variables(("ids", new JsonArray(new JsonArray("x"))))),
            ("a string for a list", Nodes, Variables(("ids", "x"))),
            ("null for a non-null", Search, Variables(("t", null))),
            ("nothing for a non-null", Search, Variables()),
            ("a number for a String", Search, Variables(("t", 5))),
            ("a boolean for a String", Search, Variables(("t", true))),
            ("a list for a String", Search, Variables(("t", new JsonArray("a", "b")))),
            ("an object for a String", Search, Variables(("t", new JsonObject { ["toString"] = "x" }))),
            ("a number for an ID", "query($id: ID!) { node(id: $id) { id } }", Variables(("id", 12345678901234567890d))),
            ("a string for a Boolean", "query($v: Boolean!) { __typename @include(if: $v) }", Variables(("v", "true"))),
            ("a string for a Float", "query($v: Float) { indicators(where: {targetValue: {eq: $v}}) { totalCount } }", Variables(("v", "NaN"))),
            ("an unknown enum value", "query($s: PlanItemStatus) { planItems(where: {status: {eq: $s}}) { totalCount } }", Variables(("s", "' OR 1=1 --"))),
            ("a number for an enum", "query($s: PlanItemStatus) { planItems(where: {status: {eq: $s}}) { totalCount } }", Variables(("s", 0))),
            ("an invalid date", "query($d: Date) { plans(where: {issuedOn: {eq: $d}}) { totalCount } }", Variables(("d", "2024-02-30"))),
            ("a date in year 0", "query($d: Date) { planItemStatistics(asOf: $d) { total } }", Variables(("d", "0000-01-01"))),
            ("a date far in the future", "query($d: Date) { planItemStatistics(asOf: $d) { total } }", Variables(("d", "9999-12-31"))),
            ("an unknown field in an input object", PlansWhere, Variables(("w", new JsonObject { ["noSuchField"] = new JsonObject { ["eq"] = 1 } }))),
            ("a filter operation of the wrong type", PlansWhere, Variables(("w", new JsonObject { ["year"] = new JsonObject { ["contains"] = "1" } }))),
            ("a list where a filter object goes", PlansWhere, Variables(("w", new JsonArray(new JsonObject())))),
            ("a variable of an output type", "query($p: Plan) { __typename }", Variables(("p", new JsonObject()))),
            ("a variable of an unknown type", "query($p: NoSuchType) { __typename }", Variables(("p", 1))),
            ("a variable used but not declared", "{ plans(first: $n) { totalCount } }", Variables(("n", 1))),
            ("a variable declared twice", "query($n: Int, $n: String) { plans(first: $n) { totalCount } }", Variables(("n", 1))),
            ("first: -1", PlansFirst, Variables(("n", -1))),
            ("first: Int.MaxValue", PlansFirst, Variables(("n", int.MaxValue))),
            ("first: Int.MinValue", PlansFirst, Variables(("n", int.MinValue))),
        ];
        return cases.Select(c => new HostileCase($"wrong variable type: {c.Name}", () => Graphql(c.Query, (JsonObject)c.Variables.DeepClone())));
    }

    /// <summary>Keys that pollute prototypes in JavaScript servers; here they must be ordinary (unknown) names.</summary>
    private static IEnumerable<HostileCase> PrototypeKeys()
    {
        const string ProtoJson = """{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{}}""";
        (string Name, string Body)[] bodies =
        [
            ("variables", """{"query":"{ __typename }","variables":""" + ProtoJson + "}"),
            ("a filter input", """{"query":"query($w: PlanFilterInput) { plans(where: $w) { totalCount } }","variables":{"w":""" + ProtoJson + "}}"),
            ("a nested filter input", """{"query":"query($w: PlanFilterInput) { plans(where: $w) { totalCount } }","variables":{"w":{"title":""" + ProtoJson + "}}}"),
            ("extensions", """{"query":"{ __typename }","extensions":""" + ProtoJson + "}"),
            ("extensions.persistedQuery", """{"query":"{ __typename }","extensions":{"persistedQuery":""" + ProtoJson + "}}"),
            ("the request object", """{"query":"{ __typename }","__proto__":{"query":"{ plans { totalCount } }"},"constructor":{}}"""),
        ];
        foreach (var (name, body) in bodies)
        {
            yield return new($"__proto__, constructor and prototype keys in {name}", () => Post(body));
        }

        yield return new("__proto__ and constructor as aliases", () => Graphql("{ __proto__: __typename constructor: __typename prototype: __typename }"));
        yield return new("__proto__ and constructor as variable names", () => Graphql("query($__proto__: Int, $constructor: Int) { plans(first: $__proto__) { totalCount } t: plans(first: $constructor) { totalCount } }", Variables(("__proto__", 1), ("constructor", 1))));
        yield return new("operationName constructor", () => Graphql("query constructor { __typename }", operationName: "constructor"));
        yield return new("operationName __proto__", () => Graphql("query A { __typename }", operationName: "__proto__"));
        yield return new("operationName hasOwnProperty", () => Graphql("query toString { __typename } query hasOwnProperty { __typename }", operationName: "hasOwnProperty"));
    }

    private static JsonArray Many(int count, Func<int, JsonNode?> element) => [.. Enumerable.Range(0, count).Select(element)];
}
