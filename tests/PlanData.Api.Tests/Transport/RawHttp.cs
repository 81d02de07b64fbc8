using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PlanData.Api.Tests.Transport;

/// <summary>Requests built byte by byte, headers included, the way odd clients send them.</summary>
public static class RawHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = null) =>
        Post(Encoding.UTF8.GetBytes(body), contentType, accept);

    public static HttpRequestMessage Post(byte[] body, string? contentType = "application/json", string? accept = null)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return WithAccept(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    /// <summary>A GET of /graphql with the given parameters, each URL-encoded.</summary>
    public static HttpRequestMessage Get(string? accept = null, params (string Name, string Value)[] parameters) =>
        WithAccept(new HttpRequestMessage(HttpMethod.Get, "/graphql" + QueryString(parameters)), accept);

    public static string QueryString(params (string Name, string Value)[] parameters) =>
        parameters.Length == 0 ? "" : "?" + string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    public static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static async Task<RawResponse> SendRawAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return new RawResponse(
                (int)response.StatusCode,
                response.Content.Headers.ContentType,
                response.Headers,
                response.Content.Headers,
                bytes);
        }
    }
}

public sealed record RawResponse(int Status, MediaTypeHeaderValue? ContentType, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, byte[] Bytes)
{
    public string? MediaType => ContentType?.MediaType;

    public string Text => Encoding.UTF8.GetString(Bytes);

    public JsonObject Json => JsonNode.Parse(Text)!.AsObject();

    public JsonObject SingleError => Assert.Single(Json["errors"]!.AsArray())!.AsObject();

    public string? ErrorCode => (string?)SingleError["extensions"]?["code"];

    public string? ETag => Headers.ETag?.ToString();

    public string? CacheControl => Header("Cache-Control");

    /// <summary>The header as the server wrote it (HttpClient's typed headers reorder Cache-Control directives).</summary>
    public string? Header(string name) =>
        Headers.NonValidated.TryGetValues(name, out var values) || ContentHeaders.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
