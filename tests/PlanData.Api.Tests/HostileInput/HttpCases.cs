using System.Text;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>Odd HTTP around a fine GraphQL request: content types, Accept headers, methods, GETs, headers.</summary>
public static class HttpCases
{
    private const string Typename = """{"query":"{ __typename }"}""";

    public static IEnumerable<HostileCase> All() => [.. ContentTypes(), .. AcceptHeaders(), .. Methods(), .. Gets(), .. Headers()];

    private static IEnumerable<HostileCase> ContentTypes()
    {
        (string Name, string? ContentType, string Body)[] cases =
        [
            ("text/plain", "text/plain", Typename),
            ("application/x-www-form-urlencoded", "application/x-www-form-urlencoded", "query=%7B%20__typename%20%7D"),
            ("application/json; charset=latin1", "application/json; charset=latin1", """{"query":"{ search(text: \"K\u00EA\") { totalCount } }"}"""),
            ("application/json; charset=utf-16", "application/json; charset=utf-16", Typename),
            ("application/graphql", "application/graphql", "{ __typename }"),
            ("application/graphql-response+json", "application/graphql-response+json", Typename),
            ("no Content-Type", null, Typename),
            ("application/json; boundary=x", "application/json; boundary=x", Typename),
            ("application/jsonx", "application/jsonx", Typename),
            ("application/json, text/plain", "application/json, text/plain", Typename),
            (";;;", ";;;", Typename),
            ("a 10 KB Content-Type", "application/json; " + string.Join("; ", Enumerable.Range(0, 1_000).Select(i => $"p{i}=v")), Typename),
            ("application/json; charset=\"\"", "application/json; charset=\"\"", Typename),
        ];
        foreach (var (name, contentType, body) in cases)
        {
            yield return new($"content type: {name}", () => Post(body, contentType));
        }

        yield return new("content type: multipart/form-data", () =>
        {
            var form = new MultipartFormDataContent { { new StringContent("{ __typename }"), "query" } };
            return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form }.WithHeader("Accept", GraphQLResponseJson);
        });
        yield return new("content type: utf-16 body declared as json", () => PostEncoded(Encoding.Unicode.GetBytes(Typename), "application/json"));
        yield return new("content type: latin1 body declared as utf-8", () => PostEncoded(Encoding.Latin1.GetBytes("""{"query":"{ search(text: \"Kê\") { totalCount } }"}"""), "application/json; charset=utf-8"));
    }

    private static IEnumerable<HostileCase> AcceptHeaders()
    {
        (string Name, string Accept)[] cases =
        [
            ("*/*;q=0", "*/*;q=0"),
            ("text/html", "text/html"),
            ("garbage", "\u0001@@ ;;; ==="),
            ("q=abc", "application/json;q=abc"),
            ("q=0.001", "application/json;q=0.001"),
            ("q=2", "application/graphql-response+json;q=2"),
            ("charset=latin1 only", "application/graphql-response+json; charset=latin1"),
            ("1,000 ranges", string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $"text/x-{i};q=0.{i % 10}"))),
            ("10 KB of types it cannot serve", string.Join(", ", Enumerable.Range(0, 700).Select(i => $"image/x{i}"))),
            ("10 KB ending in application/json", string.Join(", ", Enumerable.Range(0, 600).Select(i => $"text/x-{i}")) + ", application/json"),
            ("10 KB parameter", "application/json; x=" + new string('a', 10_000)),
        ];
        foreach (var (name, accept) in cases)
        {
            yield return new($"accept: {name}", () => Post(Typename, accept: accept));
        }

        yield return new("accept: text/html on a GET", () => Get("text/html", ("query", "{ __typename }")));
        yield return new("accept: */*;q=0 on a bad request", () => Post("{", accept: "*/*;q=0"));
    }

    private static IEnumerable<HostileCase> Methods()
    {
        foreach (var method in new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO" })
        {
            yield return new($"method {method}", () => Method(method, Typename));
        }

        yield return new("method OPTIONS without a body", () => Method("OPTIONS"));
        yield return new("method POST with the query in the URL and no body", () =>
            new HttpRequestMessage(HttpMethod.Post, "/graphql?query=%7B%20__typename%20%7D").WithHeader("Accept", GraphQLResponseJson));
        yield return new("method GET with a body", () => Method("GET", Typename));
    }

    private static IEnumerable<HostileCase> Gets()
    {
        yield return new("GET with a mutation", () => Get(GraphQLResponseJson, ("query", "mutation { __typename }")));
        yield return new("GET with a subscription", () => Get(Json, ("query", "subscription { __typename }")));
        yield return new("GET choosing the mutation of two operations", () => Get(GraphQLResponseJson, ("query", "query A { __typename } mutation B { __typename }"), ("operationName", "B")));
        yield return new("GET choosing the query beside a mutation", () => Get(GraphQLResponseJson, ("query", "query A { __typename } mutation B { __typename }"), ("operationName", "A")));
        yield return new("GET with variables that are not JSON", () => Get(GraphQLResponseJson, ("query", "{ __typename }"), ("variables", "{a:1")));
        yield return new("GET with variables that are an array", () => Get(GraphQLResponseJson, ("query", "{ __typename }"), ("variables", "[1]")));
        yield return new("GET with 1,000 nested arrays in variables", () => GetRaw("query=%7B__typename%7D&variables=%7B%22a%22%3A" + string.Concat(Enumerable.Repeat("%5B", 1_000)) + string.Concat(Enumerable.Repeat("%5D", 1_000)) + "%7D"));
        yield return new("GET with the query twice", () => GetRaw("query=%7B__typename%7D&query=%7Bplans%7BtotalCount%7D%7D"));
        yield return new("GET without a query", () => GetRaw("operationName=A"));
        yield return new("GET with an empty query", () => GetRaw("query="));
        yield return new("GET with a bare percent sign", () => GetRaw("query=%7B__typename%7D%"));
        yield return new("GET with a query string of 1,000 parameters", () => GetRaw("query=%7B__typename%7D&" + string.Join("&", Enumerable.Range(0, 1_000).Select(i => $"p{i}=1"))));
        yield return new("GET with a 7 KB query", () => Get(GraphQLResponseJson, ("query", "{ __typename } #" + new string('x', 7_000))));
    }

    private static IEnumerable<HostileCase> Headers()
    {
        yield return new("a 100 KB header", () => Post(Typename).WithHeader("X-Padding", new string('a', 100_000))) { ExceedsServerLimits = true };
        yield return new("500 headers", () =>
        {
            var request = Post(Typename);
            for (var i = 0; i < 500; i++)
            {
                request.WithHeader($"X-H{i}", new string('a', 100));
            }

            return request;
        }) { ExceedsServerLimits = true };
        yield return new("a 16 KB cookie", () => Post(Typename).WithHeader("Cookie", "a=" + new string('b', 16_000)));
        yield return new("a bearer token that is garbage", () => Post(Typename).WithHeader("Authorization", "Bearer ' OR 1=1 --"));
        yield return new("a bearer token that looks like a JWT with alg none", () => Post(Typename).WithHeader("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
        yield return new("a 12 KB bearer token", () => Post(Typename).WithHeader("Authorization", "Bearer " + new string('a', 12_000)));
        yield return new("basic credentials", () => Post(Typename).WithHeader("Authorization", "Basic YWRtaW46YWRtaW4="));
        yield return new("an API key that is garbage", () => Post(Typename).WithHeader("X-Api-Key", "../../etc/passwd"));
        yield return new("two API keys", () => Post(Typename).WithHeader("X-Api-Key", "a").WithHeader("X-Api-Key", "b"));
        yield return new("Content-Encoding gzip on a plain body", () => Post(Typename).WithHeader("Content-Encoding", "gzip"));
        yield return new("Expect: 100-continue", () => Post(Typename).WithHeader("Expect", "100-continue"));
        yield return new("an Origin from elsewhere", () => Post(Typename).WithHeader("Origin", "https://evil.example"));
        yield return new("a preflight from elsewhere", () => Method("OPTIONS").WithHeader("Origin", "https://evil.example").WithHeader("Access-Control-Request-Method", "POST"));
        yield return new("If-None-Match: * on a GET", () => Get(GraphQLResponseJson, ("query", "{ __typename }")).WithHeader("If-None-Match", "*"));
        yield return new("a forged X-Forwarded-For", () => Post(Typename).WithHeader("X-Forwarded-For", "' OR 1=1 --, 999.999.999.999"));
    }

    private static HttpRequestMessage PostEncoded(byte[] body, string contentType) => Transport.RawHttp.Post(body, contentType, GraphQLResponseJson);
}
