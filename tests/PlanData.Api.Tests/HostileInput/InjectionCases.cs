using System.Text;
using System.Text.Json.Nodes;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// Text that means something to SQL, LIKE, FTS5 or a file system, in every argument that reaches
/// the database or the trusted-operation store (the filters have <see cref="FilterSites"/>).
/// </summary>
public static class InjectionCases
{
    /// <summary>SQL, LIKE wildcards and escapes, and FTS5 query syntax.</summary>
    public static readonly IReadOnlyList<string> SqlLike =
    [
        "' OR 1=1 --",
        "\"; DROP TABLE PlanItems; --",
        "'; ATTACH DATABASE '/tmp/x.sqlite' AS x; --",
        "' UNION SELECT sqlite_version() --",
        "%",
        "_",
        "\\",
        "%_\\%",
        "*",
        "NEAR(",
        "\"unterminated",
        "col:",
        "title: chuyen",
        "a AND b OR NOT c",
        "^so",
        "chuyen*",
        "\"chuyen\" + \"doi\"",
        "{title content}: so",
        "NEAR(chuyen doi, 2)",
        "-so",
        "(",
        "''",
        "\u0000",
        "Ω≈ç√ \uD83D\uDE00 ＤＲＯＰ",
    ];

    /// <summary>The texts every filter operator is tried with: SQL, LIKE's wildcards and escape, FTS5 syntax.</summary>
    public static readonly IReadOnlyList<string> FilterTexts = ["' OR 1=1 --", "\"; DROP TABLE PlanItems; --", "%", "_", "\\", "*", "NEAR(", "\"unterminated", "col:", "\u0000"];

    public static IEnumerable<HostileCase> All() => [.. Search(), .. Lookups(), .. Cursors(), .. NodeIds(), .. TrustedOperationIds()];

    private static IEnumerable<HostileCase> Search() =>
        SqlLike.Select(text => new HostileCase($"search text: {Printable(text)}", () =>
            Graphql("query($t: String!) { search(text: $t, first: 100) { totalCount edges { cursor score highlight } } }", Variables(("t", text)))));

    /// <summary>The lookups by natural key, which compare folded text.</summary>
    private static IEnumerable<HostileCase> Lookups()
    {
        foreach (var text in SqlLike)
        {
            yield return new($"lookups by code and number: {Printable(text)}", () =>
                Graphql("query($t: String) { agency(code: $t) { name } plan(number: $t) { title } document(number: $t) { number } }", Variables(("t", text))));
        }
    }

    private static IEnumerable<HostileCase> Cursors()
    {
        string[] cursors = ["' OR 1=1 --", Base64("' OR 1=1 --"), Base64("999999999999999999999999999"), Base64("[\"a\",1,null]"), Base64("{\"__proto__\":1}"), "====", new string('A', 5_000)];
        foreach (var cursor in cursors)
        {
            yield return new($"cursor: {Printable(cursor)}", () =>
                Graphql("query($c: String) { plans(after: $c) { totalCount } planItems(before: $c, last: 5) { totalCount } search(text: \"so\", after: $c) { totalCount } }", Variables(("c", cursor))));
        }
    }

    private static IEnumerable<HostileCase> NodeIds()
    {
        string[] keys = ["' OR 1=1 --", "\u0000", "99999999999999999999", "-1", "a/b/c/../..", "%", new string('9', 5_000)];
        foreach (var key in keys)
        {
            yield return new($"node id of a plan item keyed {Printable(key)}", () =>
                Graphql("query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }", Variables(("id", Base64("PlanItem:" + key)), ("ids", new JsonArray(Base64("Plan:" + key), Base64("Agency:" + key), key)))));
        }

        yield return new("node id of a type that does not exist", () => Graphql("{ node(id: \"" + Base64("__Schema:1") + "\") { id } }"));
        yield return new("node id that is not base64", () => Graphql("{ node(id: \"!!!\") { id } }"));
    }

    private static IEnumerable<HostileCase> TrustedOperationIds()
    {
        string[] ids = ["' OR 1=1 --", "../../../../etc/passwd", "..\\..\\appsettings.json", "%2e%2e%2fappsettings.json", new string('a', 64), new string('f', 100_000)];
        foreach (var id in ids)
        {
            yield return new($"trusted operation id: {Printable(id)}", () => Post(new JsonObject { ["id"] = id }.ToJsonString()));
            yield return new($"persisted query hash: {Printable(id)}", () =>
                Post(new JsonObject { ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = id } } }.ToJsonString()));
        }

        yield return new("trusted operation id with a query that does not match it", () => Post(new JsonObject { ["id"] = new string('0', 64), ["query"] = "{ __typename }" }.ToJsonString()));
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>For a test name: control characters shown as escapes, long text cut.</summary>
    public static string Printable(string text)
    {
        var shown = string.Concat(text.Take(40).Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return text.Length > 40 ? $"{shown}... ({text.Length} characters)" : shown;
    }
}
