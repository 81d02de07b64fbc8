using System.Text;
using System.Text.Json.Nodes;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>Documents built to cost: huge, deep, wide, cyclic, exploding, or naming what is not there.</summary>
public static class DocumentCases
{
    private const int TenMegabytes = 10 * 1024 * 1024;
    private const int Deep = 10_000;

    /// <summary>Just under the 1 MB body limit, so that it reaches the parser.</summary>
    private const int NearLimit = 1_000_000;

    /// <summary>
    /// Distinct near-limit requests of each kind: were the server to keep them (a document cache, an
    /// ETag table, a log queue), 4 kinds × 30 × 1 MB (2 MB as .NET strings) would show in its memory.
    /// </summary>
    private const int DistinctLargeRequests = 30;

    public static IEnumerable<HostileCase> All() =>
        [.. HugeStrings(), .. LargeRequests("", DistinctLargeRequests), .. DeepNesting(), .. AliasBombs(), .. FragmentCycles(), .. FragmentExplosions(), .. DirectiveSpam(), .. OperationNames(), .. TokenFloods()];

    private static IEnumerable<HostileCase> HugeStrings()
    {
        yield return new("10 MB string in the query", () => Graphql($$"""{ search(text: "{{Filler(TenMegabytes)}}") { totalCount } }"""));
        yield return new("10 MB string in a variable", () => Graphql("query($t: String!) { search(text: $t) { totalCount } }", Variables(("t", Filler(TenMegabytes)))));
        yield return new("10 MB operationName", () => Graphql("query A { __typename }", operationName: Filler(TenMegabytes)));
        yield return new("10 MB query sent chunked, without a length", () => Chunked(Body("{ __typename } #" + Filler(TenMegabytes))));
        yield return new("10 MB query in a GET", () => Get(GraphQLResponseJson, ("query", "{ __typename } #" + Filler(TenMegabytes)))) { ExceedsServerLimits = true };
        yield return new("10 MB operationName in a GET", () => Get(GraphQLResponseJson, ("query", "query A { __typename }"), ("operationName", Filler(TenMegabytes)))) { ExceedsServerLimits = true };
    }

    /// <summary>Requests just under the body limit, each kind <paramref name="count"/> times, all distinct (told apart by <paramref name="label"/>).</summary>
    public static IEnumerable<HostileCase> LargeRequests(string label, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var prefix = $"{label}{i}-";
            yield return new($"1 MB search text {label}#{i}", () => Graphql($$"""{ search(text: "{{Filler(NearLimit, prefix)}}") { totalCount } }"""));
            yield return new($"1 MB comment in a valid query {label}#{i}", () => Graphql("{ plans { totalCount } } #" + Filler(NearLimit, prefix)));
            yield return new($"1 MB operationName {label}#{i}", () => Graphql("query A { __typename }", operationName: Filler(NearLimit, prefix)));
            yield return new($"1 MB variable in a contains filter {label}#{i}", () =>
                Graphql("query($t: String) { planItems(where: {content: {contains: $t}}) { totalCount } }", Variables(("t", Filler(NearLimit, prefix)))));
        }
    }

    private static IEnumerable<HostileCase> DeepNesting()
    {
        yield return new("10,000 nested JSON arrays in a variable", () => Post("""{"query":"query($a: [Int]) { __typename }","variables":{"a":""" + Repeat("[", Deep) + Repeat("]", Deep) + "}}"));
        yield return new("10,000 nested JSON objects in a variable", () => Post("""{"query":"query($w: PlanFilterInput) { plans(where: $w) { totalCount } }","variables":{"w":""" + Repeat("""{"and":[""", Deep) + "{}" + Repeat("]}", Deep) + "}}"));
        yield return new("10,000 nested selections", () => Graphql("{ " + Repeat("a { ", Deep) + "b" + Repeat(" }", Deep) + " }"));
        yield return new("10,000 nested selections of real fields", () => Graphql("{ plans { nodes { " + Repeat("items { nodes { plan { ", Deep / 3) + "id" + Repeat(" } } }", Deep / 3) + " } } }"));
        yield return new("10,000 list type wrappers", () => Graphql("query($a: " + Repeat("[", Deep) + "Int" + Repeat("]", Deep) + ") { __typename }"));
        yield return new("10,000 nested input objects in the query", () => Graphql("{ plans(where: " + Repeat("{ and: [", Deep) + "{}" + Repeat("] }", Deep) + ") { totalCount } }"));
        yield return new("10,000 nested list values in the query", () => Graphql("{ nodes(ids: " + Repeat("[", Deep) + "\"x\"" + Repeat("]", Deep) + ") { id } }"));
        yield return new("60 nested and-filters in the query", () => Graphql("{ planItems(where: " + Repeat("{ and: [", 60) + "{ title: { contains: \"a\" } }" + Repeat("] }", 60) + ") { totalCount } }"));
        yield return new("30 nested or-filters in a variable", () => Post("""{"query":"query($w: PlanItemFilterInput) { planItems(where: $w) { totalCount } }","variables":{"w":""" + Repeat("""{"or":[""", 30) + """{"title":{"icontains":"so"}}""" + Repeat("]}", 30) + "}}"));
        yield return new("60 nested plan filters through items and plan", () => Graphql("{ plans(where: " + Repeat("{ items: { some: { plan: ", 20) + "{ title: { contains: \"a\" } }" + Repeat(" } } }", 20) + ") { totalCount } }"));
    }

    /// <summary>Thousands of aliases of one field, each of which runs on its own.</summary>
    private static IEnumerable<HostileCase> AliasBombs()
    {
        yield return new("alias bomb: 2,000 pages of plans and their items", () => Graphql(Aliases(2_000, "plans(first: 100) { nodes { items(first: 100) { nodes { title } } } }"))) { Heavy = true };
        yield return new("alias bomb: 2,000 searches", () => Graphql(Aliases(2_000, "search(text: \"chuyen doi so\", first: 100) { totalCount nodes { __typename } }"))) { Heavy = true };
        yield return new("alias bomb: 2,000 statistics", () => Graphql(Aliases(2_000, "planItemStatistics { total byStatus { count } byLeadAgency { count } dueSoon(days: 366) { title } }"))) { Heavy = true };
        yield return new("alias bomb: 40,000 __typename", () => Graphql(Aliases(40_000, "__typename")));
        yield return new("10,000 copies of one field, to be merged into one", () => Graphql("{ " + Repeat("plans { totalCount } ", 10_000) + "}")) { Heavy = true };
    }

    private static IEnumerable<HostileCase> FragmentCycles()
    {
        yield return new("fragment cycle: A spreads B spreads A", () => Graphql("{ ...A } fragment A on Query { plans { totalCount } ...B } fragment B on Query { __typename ...A }"));
        yield return new("fragment cycle: A spreads itself", () => Graphql("{ ...A } fragment A on Query { __typename ...A }"));
        yield return new("fragment cycle: through an inline fragment and a field", () => Graphql("{ plans { nodes { ...P } } } fragment P on Plan { items { nodes { plan { ... on Plan { ...P } } } } }"));
        yield return new("fragment cycle: 1,000 fragments in a ring", () => Graphql("{ ...F0 } " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"fragment F{i} on Query {{ __typename ...F{(i + 1) % 1_000} }} "))));
        yield return new("fragment spread of an undefined fragment", () => Graphql("{ ...Missing }"));
        yield return new("fragment on a type that does not exist", () => Graphql("{ ...A } fragment A on NoSuchType { __typename }"));
    }

    /// <summary>"Billion laughs": each fragment spreads the one before it twice (or ten times), a small document naming 2^30 fields.</summary>
    private static IEnumerable<HostileCase> FragmentExplosions()
    {
        yield return new("fragment explosion: 30 levels of two spreads", () => Graphql(Explosion(levels: 30, spreads: 2, "__typename"))) { Heavy = true };
        yield return new("fragment explosion: 9 levels of ten spreads", () => Graphql(Explosion(levels: 9, spreads: 10, "__typename"))) { Heavy = true };
        yield return new("fragment explosion: 30 levels under a real field", () => Graphql(Explosion(levels: 30, spreads: 2, "plans { totalCount }"))) { Heavy = true };
    }

    private static IEnumerable<HostileCase> DirectiveSpam()
    {
        yield return new("5,000 @include on one field", () => Graphql("{ __typename " + Repeat("@include(if: true) ", 5_000) + "}"));
        yield return new("5,000 @skip on one field", () => Graphql("{ plans " + Repeat("@skip(if: false) ", 5_000) + "{ totalCount } }"));
        yield return new("5,000 unknown directives on one field", () => Graphql("{ __typename " + Repeat("@unknown ", 5_000) + "}"));
        yield return new("5,000 distinct unknown directives on one field", () => Graphql("{ __typename " + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"@d{i} ")) + "}"));
        yield return new("5,000 @include with a variable", () => Graphql("query($v: Boolean!) { __typename " + Repeat("@include(if: $v) ", 5_000) + "}", Variables(("v", true))));
        yield return new("one directive with 5,000 arguments", () => Graphql("{ __typename @include(" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"a{i}: true ")) + "if: true) }"));
        yield return new("5,000 directives on a fragment spread", () => Graphql("{ ...A " + Repeat("@include(if: true) ", 5_000) + "} fragment A on Query { __typename }"));
        yield return new("5,000 @deprecated where it is not allowed", () => Graphql("{ __typename " + Repeat("@deprecated ", 5_000) + "}"));
    }

    private static IEnumerable<HostileCase> OperationNames()
    {
        yield return new("operationName not in the document", () => Graphql("query A { __typename }", operationName: "B"));
        yield return new("operationName for an anonymous operation", () => Graphql("{ __typename }", operationName: "A"));
        yield return new("two anonymous operations", () => Graphql("{ __typename } { plans { totalCount } }"));
        yield return new("two operations without operationName", () => Graphql("query A { __typename } query B { __typename }"));
        yield return new("two operations of the same name", () => Graphql("query A { __typename } query A { plans { totalCount } }", operationName: "A"));
        yield return new("empty operationName with two operations", () => Graphql("query A { __typename } query B { __typename }", operationName: ""));
        yield return new("operationName naming a fragment", () => Graphql("query A { ...F } fragment F on Query { __typename }", operationName: "F"));
        yield return new("operationName in Vietnamese", () => Graphql("query A { __typename }", operationName: "Kế_hoạch"));
        yield return new("10,000 operations, the last one chosen", () => Graphql(string.Concat(Enumerable.Range(0, 10_000).Select(i => $"query Q{i} {{ __typename }} ")), operationName: "Q9999"));
        yield return new("operationName choosing a mutation", () => Graphql("query A { __typename } mutation B { __typename }", operationName: "B"));
        yield return new("a subscription", () => Graphql("subscription { __typename }"));
    }

    private static IEnumerable<HostileCase> TokenFloods()
    {
        yield return new("400,000 commas", () => Graphql("{ __typename" + Repeat(",", 400_000) + " }"));
        yield return new("100,000 empty selection sets", () => Graphql(Repeat("{}", 100_000)));
        yield return new("100,000 unclosed braces", () => Graphql(Repeat("{", 100_000)));
        yield return new("100,000 closing braces", () => Graphql("{ __typename }" + Repeat("}", 100_000)));
        yield return new("a 900,000-character name", () => Graphql("{ " + Filler(900_000, "a") + " }"));
        yield return new("a 900,000-digit Int", () => Graphql("{ plans(first: " + Filler(900_000, "9", '9') + ") { totalCount } }"));
        yield return new("100,000 escaped triple quotes in a block string", () => Graphql("{ search(text: \"\"\"" + Repeat("\\\"\"\"", 100_000) + "\"\"\") { totalCount } }"));
        yield return new("100,000 unicode escapes in a string", () => Graphql("{ search(text: \"" + Repeat("\\u0041", 100_000) + "\") { totalCount } }"));
    }

    private static string Aliases(int count, string field)
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < count; i++)
        {
            query.Append('a').Append(i).Append(": ").Append(field).Append(' ');
        }

        return query.Append('}').ToString();
    }

    private static string Explosion(int levels, int spreads, string leaf)
    {
        var query = new StringBuilder($"{{ ...F{levels} }} fragment F0 on Query {{ {leaf} }} ");
        for (var level = 1; level <= levels; level++)
        {
            query.Append($"fragment F{level} on Query {{ ").Append(Repeat($"...F{level - 1} ", spreads)).Append("} ");
        }

        return query.ToString();
    }

    private static HttpRequestMessage Chunked(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StreamContent(new UnsizedStream(Encoding.UTF8.GetBytes(body))) };
        request.Content.Headers.ContentType = new(Json);
        return request.WithHeader("Accept", GraphQLResponseJson);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>A stream whose length is not known, so that HttpClient sends it chunked.</summary>
    private sealed class UnsizedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
