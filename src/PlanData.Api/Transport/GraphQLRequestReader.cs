using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Net.Http.Headers;
using PlanData.Api.Http;

namespace PlanData.Api.Transport;

/// <summary>
/// Reads a GraphQL-over-HTTP request from a GET query string or a POST JSON body and checks every
/// parameter's type, so that nothing malformed reaches the executor (or becomes a 500).
/// </summary>
public static class GraphQLRequestReader
{
    private const string StructureInvalid = "HC0009";
    private const string RequestTooLarge = "HC0010";
    private const string JsonSyntaxError = "HC0011";

    private const string LoneSurrogate = "a string escapes half of a UTF-16 surrogate pair (\\uD800-\\uDFFF without its other half).";

    private static readonly string[] _parameters = ["query", "operationName", "variables", "extensions", "id"];

    public static GraphQLHttpRequest FromQueryString(IQueryCollection query)
    {
        foreach (var name in _parameters)
        {
            if (query[name].Count > 1)
            {
                throw Invalid($"The query string gives `{name}` more than once.");
            }
        }

        return new GraphQLHttpRequest(
            NonEmpty(query["query"]),
            NonEmpty(query["id"]),
            NonEmpty(query["operationName"]),
            JsonObjectParameter(query["variables"], "variables"),
            JsonObjectParameter(query["extensions"], "extensions"));
    }

    /// <summary>The body of a POST, after its Content-Type is checked; <see cref="FromBody"/> reads the request in it.</summary>
    public static Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        CheckContentType(request.ContentType);
        return ReadAllAsync(request, maxBytes, cancellationToken);
    }

    public static GraphQLHttpRequest FromBody(byte[] body)
    {
        if (body.Length == 0)
        {
            throw Invalid("The request body is empty: POST a JSON object such as {\"query\": \"{ plans { totalCount } }\"}.");
        }

        if (!Utf8.IsValid(body))
        {
            throw RequestRefusedException.Http(400, "The request body is not valid UTF-8.", JsonSyntaxError);
        }

        // A byte order mark is legal in UTF-8 text but not in JSON's grammar.
        var text = body.AsMemory();
        if (text.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            text = text[Encoding.UTF8.Preamble.Length..];
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw RequestRefusedException.Http(400, $"The request body is not valid JSON: {e.Message}", JsonSyntaxError);
        }

        using (json)
        {
            var root = json.RootElement;
            if (!HasOnlyValidStrings(root))
            {
                throw RequestRefusedException.Http(400, $"The request body is not valid JSON: {LoneSurrogate}", JsonSyntaxError);
            }

            if (root.ValueKind == JsonValueKind.Array)
            {
                throw Invalid("Batching is not supported: the body is a JSON array; send one request object per HTTP request.");
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"The request body must be a JSON object, not {Describe(root.ValueKind)}.");
            }

            return new GraphQLHttpRequest(
                StringMember(root, "query"),
                StringMember(root, "id"),
                StringMember(root, "operationName"),
                ObjectMember(root, "variables"),
                ObjectMember(root, "extensions"));
        }
    }

    /// <summary>Only JSON in UTF-8: a form post (which a browser sends cross-site without asking) is refused.</summary>
    private static void CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            throw RequestRefusedException.Http(415, "The request has no Content-Type: send the body as application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw RequestRefusedException.Http(415, $"The Content-Type `{contentType}` is not supported: send the body as application/json.");
        }

        if (!RequestEncoding.IsUtf8OrAbsent(parsed.Charset))
        {
            throw RequestRefusedException.Http(415, $"The charset `{parsed.Charset}` is not supported: send the body in UTF-8.");
        }
    }

    private static async Task<byte[]> ReadAllAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        // A chunked body has no length up front: count while reading and stop one byte past the limit.
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static string? StringMember(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Invalid($"`{name}` must be a string, not {Describe(value.ValueKind)}.");
    }

    private static JsonElement? ObjectMember(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.Clone()
            : throw Invalid($"`{name}` must be a JSON object, not {Describe(value.ValueKind)}.");
    }

    private static JsonElement? JsonObjectParameter(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        JsonElement value;
        try
        {
            using var json = JsonDocument.Parse(text);
            value = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Invalid($"`{name}` must be a JSON object (URL-encoded), but it is not valid JSON.");
        }

        if (!HasOnlyValidStrings(value))
        {
            throw Invalid($"`{name}` must be a JSON object (URL-encoded), but it is not valid JSON: {LoneSurrogate}");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => value,
            JsonValueKind.Null => null,
            _ => throw Invalid($"`{name}` must be a JSON object (URL-encoded), not {Describe(value.ValueKind)}."),
        };
    }

    /// <summary>
    /// JSON's grammar lets a string escape half of a UTF-16 surrogate pair ("\ud800"), which no string
    /// can hold: System.Text.Json parses it and throws only when the string is read, wherever that is
    /// (a 500). Every string and member name is read here once, so that it is the client's error.
    /// </summary>
    private static bool HasOnlyValidStrings(JsonElement element)
    {
        try
        {
            ReadStrings(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void ReadStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    _ = member.Name;
                    ReadStrings(member.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadStrings(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static RequestRefusedException Invalid(string message) => RequestRefusedException.Http(400, message, StructureInvalid);

    private static RequestRefusedException TooLarge(long maxBytes) =>
        RequestRefusedException.Http(413, $"The request body is larger than the limit of {maxBytes} bytes.", RequestTooLarge);
}
