using System.Text;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>Bodies that are not the JSON object they should be: cut short, malformed, not UTF-8, not an object.</summary>
public static class BodyCases
{
    /// <summary>A valid request using every member, so that its prefixes stop inside each of them.</summary>
    private const string Valid = """{"query":"query Agency($code: String!) { agency(code: $code) { name } }","operationName":"Agency","variables":{"code":"quang-ngai/so-tttt"},"extensions":{"persistedQuery":null}}""";

    private const string Typename = """{"query":"{ __typename }"}""";

    private static readonly (string Name, byte[] Bytes)[] _invalidUtf8 =
    [
        ("overlong '/' (C0 AF)", [0xC0, 0xAF]),
        ("overlong NUL (C0 80)", [0xC0, 0x80]),
        ("three-byte overlong (E0 80 AF)", [0xE0, 0x80, 0xAF]),
        ("lone continuation byte (80)", [0x80]),
        ("lone continuation byte (BF)", [0xBF]),
        ("high surrogate in UTF-8 (ED A0 80)", [0xED, 0xA0, 0x80]),
        ("low surrogate in UTF-8 (ED BF BF)", [0xED, 0xBF, 0xBF]),
        ("FF", [0xFF]),
        ("FE FF", [0xFE, 0xFF]),
        ("sequence cut short (E2 82)", [0xE2, 0x82]),
        ("beyond U+10FFFF (F4 90 80 80)", [0xF4, 0x90, 0x80, 0x80]),
        ("five-byte form (F8 88 80 80 80)", [0xF8, 0x88, 0x80, 0x80, 0x80]),
    ];

    public static IEnumerable<HostileCase> All() =>
        [.. Truncated(), .. Malformed(), .. NotAnObject(), .. WrongMemberTypes(), .. InvalidUtf8(), .. LoneSurrogates(), .. NulCharacters()];

    /// <summary>Every prefix of a valid body, under both media types in turn.</summary>
    private static IEnumerable<HostileCase> Truncated()
    {
        for (var length = 0; length < Valid.Length; length++)
        {
            var body = Valid[..length];
            var accept = length % 2 == 0 ? GraphQLResponseJson : Json;
            yield return new($"truncated json: the first {length} of {Valid.Length} characters", () => Post(body, accept: accept));
        }
    }

    private static IEnumerable<HostileCase> Malformed()
    {
        (string Name, string Body)[] bodies =
        [
            ("text after the object", Typename + " x"),
            ("two objects", Typename + Typename),
            ("a comment", """{/* c */"query":"{ __typename }"}"""),
            ("single quotes", "{'query':'{ __typename }'}"),
            ("an unquoted key", """{query:"{ __typename }"}"""),
            ("a trailing comma", """{"query":"{ __typename }",}"""),
            ("NaN", """{"query":"{ __typename }","variables":{"a":NaN}}"""),
            ("a raw control character in a string", "{\"query\":\"{ __typename \u0001}\"}"),
            ("a raw line break in a string", "{\"query\":\"{\n__typename }\"}"),
            ("an unterminated string", """{"query":"{ __typename }}"""),
            ("an extra closing brace", Typename + "}"),
            ("an invalid escape", """{"query":"{ __typename \q}"}"""),
            ("a short unicode escape", """{"query":"{ __typename \u12}"}"""),
            ("query given twice", """{"query":"{ __typename }","query":"{ plans { totalCount } }"}"""),
            ("variables given twice", """{"query":"query($n: Int) { plans(first: $n) { totalCount } }","variables":{"n":1},"variables":"x"}"""),
            ("a 100,000-digit number for an Int", """{"query":"query($n: Int) { plans(first: $n) { totalCount } }","variables":{"n":""" + Filler(100_000, fill: '9') + "}}"),
            ("1e999 for an Int", """{"query":"query($n: Int) { plans(first: $n) { totalCount } }","variables":{"n":1e999}}"""),
            ("-1e999 for a Float", """{"query":"query($v: Float) { indicators(where: {targetValue: {gt: $v}}) { totalCount } }","variables":{"v":-1e999}}"""),
            ("1e308 for a Float", """{"query":"query($v: Float) { indicators(where: {targetValue: {lt: $v}}) { totalCount } }","variables":{"v":1e308}}"""),
            ("5e-324 for a Float", """{"query":"query($v: Float) { indicators(where: {targetValue: {eq: $v}}) { totalCount } }","variables":{"v":5e-324}}"""),
            ("-0 for an Int", """{"query":"query($n: Int) { plans(first: $n) { totalCount } }","variables":{"n":-0}}"""),
        ];
        return bodies.Select(b => new HostileCase($"malformed json: {b.Name}", () => Post(b.Body)));
    }

    private static IEnumerable<HostileCase> NotAnObject()
    {
        (string Name, string Body)[] bodies =
        [
            ("empty", ""),
            ("white space", " \r\n\t "),
            ("null", "null"),
            ("an empty array", "[]"),
            ("a batch array", $"[{Typename},{Typename}]"),
            ("a number", "42"),
            ("a string", "\"{ __typename }\""),
            ("true", "true"),
            ("a byte order mark only", "\uFEFF"),
            ("a byte order mark and null", "\uFEFFnull"),
            ("two byte order marks", "\uFEFF\uFEFF" + Typename),
        ];
        return bodies.Select(b => new HostileCase($"body: {b.Name}", () => Post(b.Body)));
    }

    /// <summary>Numbers, objects and arrays where the members must be strings or objects.</summary>
    private static IEnumerable<HostileCase> WrongMemberTypes()
    {
        string[] bodies =
        [
            """{"query":123}""",
            """{"query":true}""",
            """{"query":{"query":"{ __typename }"}}""",
            """{"query":["{ __typename }"]}""",
            """{"query":"{ __typename }","operationName":1}""",
            """{"query":"{ __typename }","operationName":["a"]}""",
            """{"query":"{ __typename }","variables":1}""",
            """{"query":"{ __typename }","variables":"{}"}""",
            """{"query":"{ __typename }","variables":[]}""",
            """{"query":"{ __typename }","extensions":[]}""",
            """{"query":"{ __typename }","extensions":"x"}""",
            """{"id":1.5}""",
            """{"id":{"sha256":"x"}}""",
            """{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":12}}}""",
            """{"query":"{ __typename }","extensions":{"persistedQuery":"x"}}""",
        ];
        return bodies.Select(b => new HostileCase($"member of the wrong type: {b}", () => Post(b)));
    }

    /// <summary>Each malformed byte sequence in a string of the query, in operationName, in a variable's value and name.</summary>
    private static IEnumerable<HostileCase> InvalidUtf8()
    {
        foreach (var (name, bytes) in _invalidUtf8)
        {
            yield return new($"invalid utf-8 in the query: {name}", () => PostBytes("""{"query":"{ search(text: \"a""", bytes, """b\") { totalCount } }"}"""));
            yield return new($"invalid utf-8 in operationName: {name}", () => PostBytes("""{"query":"query A { __typename }","operationName":"A""", bytes, "\"}"));
            yield return new($"invalid utf-8 in a variable: {name}", () => PostBytes("""{"query":"query($t: String!) { search(text: $t) { totalCount } }","variables":{"t":"a""", bytes, "\"}}", accept: Json));
        }

        foreach (var (name, bytes) in _invalidUtf8.Take(3))
        {
            yield return new($"invalid utf-8 in a variable name: {name}", () => PostBytes("""{"query":"{ __typename }","variables":{"a""", bytes, "\":1}}"));
            var escaped = string.Concat(bytes.Select(b => $"%{b:X2}"));
            yield return new($"invalid utf-8 in a GET query: {name}", () => GetRaw($"query=%7B%20search(text%3A%20%22a{escaped}%22)%20%7B%20totalCount%20%7D%20%7D"));
        }
    }

    /// <summary>
    /// Escapes of unpaired UTF-16 surrogates: valid JSON syntax, but no valid string, so a reader
    /// that asks for the string throws.
    /// </summary>
    private static IEnumerable<HostileCase> LoneSurrogates()
    {
        (string Name, string Body)[] bodies =
        [
            ("in the query", """{"query":"{ __typename }\ud800"}"""),
            ("in a string of the query", """{"query":"{ search(text: \"\ud800\") { totalCount } }"}"""),
            ("in operationName", """{"query":"{ __typename }","operationName":"\udc00"}"""),
            ("in a variable", """{"query":"query($t: String!) { search(text: $t) { totalCount } }","variables":{"t":"\ud800"}}"""),
            ("in a variable name", """{"query":"{ __typename }","variables":{"\ud800":1}}"""),
            ("in a nested variable", """{"query":"query($w: PlanFilterInput) { plans(where: $w) { totalCount } }","variables":{"w":{"title":{"in":["a","\ud800"]}}}}"""),
            ("in extensions", """{"query":"{ __typename }","extensions":{"trace":"\ud800\u0041"}}"""),
            ("in id", """{"id":"\udc00\ud800"}"""),
            ("in a member name", """{"query":"{ __typename }","\ud800":1}"""),
        ];
        foreach (var (name, body) in bodies)
        {
            yield return new($"lone surrogate escape {name}", () => Post(body));
        }

        yield return new("lone surrogate escape in GET variables", () => Get(GraphQLResponseJson, ("query", "query($t: String!) { search(text: $t) { totalCount } }"), ("variables", """{"t":"\ud800"}""")));
        yield return new("lone surrogate escape in GET extensions", () => Get(GraphQLResponseJson, ("query", "{ __typename }"), ("extensions", """{"a":"\udfff"}""")));
    }

    private static IEnumerable<HostileCase> NulCharacters()
    {
        (string Name, string Body)[] bodies =
        [
            ("in the query", """{"query":"{ __typename\u0000 }"}"""),
            ("in a string of the query", """{"query":"{ search(text: \"a\u0000b\") { totalCount } }"}"""),
            ("in operationName", """{"query":"query A { __typename }","operationName":"A\u0000"}"""),
            ("as operationName", """{"query":"query A { __typename }","operationName":"\u0000"}"""),
            ("in a variable name of the query", """{"query":"query($a\u0000: Int) { __typename }"}"""),
            ("in a variable name", """{"query":"query($a: Int) { plans(first: $a) { totalCount } }","variables":{"a\u0000":1,"a":1}}"""),
            ("in a search variable", """{"query":"query($t: String!) { search(text: $t) { totalCount } }","variables":{"t":"chuy\u0000n"}}"""),
            ("in a filter variable", """{"query":"query($t: String) { plans(where: {title: {contains: $t}}) { totalCount } }","variables":{"t":"\u0000"}}"""),
            ("in a folded filter variable", """{"query":"query($t: String) { planItems(where: {title: {icontains: $t}}) { totalCount } }","variables":{"t":"a\u0000"}}"""),
            ("in id", """{"id":"\u0000"}"""),
            ("in an agency code", """{"query":"{ agency(code: \"quang-ngai/so-tttt\u0000\") { name } }"}"""),
        ];
        foreach (var (name, body) in bodies)
        {
            yield return new($"NUL {name}", () => Post(body));
        }

        yield return new("NUL in a GET query", () => GetRaw("query=%7B%20__typename%00%20%7D"));
        yield return new("NUL in a GET operationName", () => GetRaw("query=query%20A%20%7B%20__typename%20%7D&operationName=A%00"));
    }
}
