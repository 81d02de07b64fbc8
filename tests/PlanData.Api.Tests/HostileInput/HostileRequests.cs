using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>Short ways to build the hostile requests: a JSON POST, raw bytes, a GET, any method.</summary>
public static class HostileRequests
{
    public const string GraphQLResponseJson = RawHttp.GraphQLResponseJson;

    public const string Json = "application/json";

    // Non-ASCII stays as it is, so that the body holds the very characters the case is about.
    private static readonly JsonSerializerOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A POST of a GraphQL request object: only the members given are written.</summary>
    public static HttpRequestMessage Graphql(string? query, JsonObject? variables = null, string? operationName = null, string? accept = GraphQLResponseJson) =>
        RawHttp.Post(Body(query, variables, operationName), accept: accept);

    public static string Body(string? query, JsonObject? variables = null, string? operationName = null)
    {
        var body = new JsonObject();
        if (query is not null)
        {
            body["query"] = query;
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        if (variables is not null)
        {
            body["variables"] = variables;
        }

        return body.ToJsonString(_options);
    }

    public static HttpRequestMessage Post(string body, string? contentType = Json, string? accept = GraphQLResponseJson) =>
        RawHttp.Post(body, contentType, accept);

    /// <summary>A body whose ASCII text stands around <paramref name="bytes"/>, which need not be UTF-8.</summary>
    public static HttpRequestMessage PostBytes(string before, byte[] bytes, string after, string? accept = GraphQLResponseJson) =>
        RawHttp.Post([.. Encoding.ASCII.GetBytes(before), .. bytes, .. Encoding.ASCII.GetBytes(after)], accept: accept);

    public static HttpRequestMessage Get(string? accept, params (string Name, string Value)[] parameters) =>
        RawHttp.Get(accept, parameters);

    /// <summary>A GET with a query string written as is (already percent-encoded, or not).</summary>
    public static HttpRequestMessage GetRaw(string queryString, string? accept = GraphQLResponseJson) =>
        RawHttp.WithAccept(new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql?" + queryString, UriKind.Relative)), accept);

    public static HttpRequestMessage Method(string method, string? body = null, string? accept = GraphQLResponseJson)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, Json);
        }

        return RawHttp.WithAccept(request, accept);
    }

    public static HttpRequestMessage WithHeader(this HttpRequestMessage request, string name, string value)
    {
        if (!request.Headers.TryAddWithoutValidation(name, value))
        {
            request.Content!.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary><paramref name="size"/> characters of <paramref name="fill"/> after a distinct prefix, so that no two are equal.</summary>
    public static string Filler(int size, string prefix = "", char fill = 'x') => prefix + new string(fill, Math.Max(0, size - prefix.Length));

    public static JsonObject Variables(params (string Name, JsonNode? Value)[] variables)
    {
        var json = new JsonObject();
        foreach (var (name, value) in variables)
        {
            json[name] = value;
        }

        return json;
    }
}
