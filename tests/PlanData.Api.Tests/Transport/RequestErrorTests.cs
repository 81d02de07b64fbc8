using System.Net;
using System.Text;
using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Transport;

/// <summary>Every way a request can be malformed gets its status and a GraphQL-shaped error body, never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class RequestErrorTests(PlanDataApiFactory api)
{
    private const string Json = "application/json";

    public static TheoryData<string, string, string> WrongTypes => new()
    {
        { "{\"query\": 5}", "query", "a number" },
        { "{\"query\": {\"a\": 1}}", "query", "an object" },
        { "{\"query\": [\"{ __typename }\"]}", "query", "an array" },
        { "{\"query\": \"{ __typename }\", \"operationName\": 1}", "operationName", "a number" },
        { "{\"query\": \"{ __typename }\", \"operationName\": false}", "operationName", "a boolean" },
        { "{\"query\": \"{ __typename }\", \"variables\": \"x\"}", "variables", "a string" },
        { "{\"query\": \"{ __typename }\", \"variables\": [1]}", "variables", "an array" },
        { "{\"query\": \"{ __typename }\", \"variables\": 0}", "variables", "a number" },
        { "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", "extensions", "a string" },
        { "{\"query\": \"{ __typename }\", \"extensions\": true}", "extensions", "a boolean" },
        { "{\"id\": 7}", "id", "a number" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public async Task A_parameter_of_the_wrong_json_type_is_400_under_either_media_type(string body, string parameter, string found)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await api.CreateClient().SendRawAsync(Post(body, accept: accept));

            Assert.Equal(400, response.Status);
            Assert.Equal(accept, response.MediaType);
            Assert.Equal("HC0009", response.ErrorCode);
            Assert.StartsWith($"`{parameter}` must be", (string?)response.SingleError["message"]);
            Assert.Contains("not " + found, (string?)response.SingleError["message"]);
            Assert.False(response.Json.ContainsKey("data"));
        }
    }

    [Theory]
    [InlineData("{\"query\":")]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\": \"{ __typename }\",}")]
    [InlineData("{'query': '{ __typename }'}")]
    public async Task Malformed_json_is_400_hc0011_under_either_media_type(string body)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await api.CreateClient().SendRawAsync(Post(body, accept: accept));

            Assert.Equal(400, response.Status);
            Assert.Equal("HC0011", response.ErrorCode);
            Assert.StartsWith("The request body is not valid JSON", (string?)response.SingleError["message"]);
        }
    }

    [Fact]
    public async Task Json_nested_deeper_than_the_parser_allows_is_400_not_a_crash()
    {
        var deep = new string('[', 200) + new string(']', 200);

        var response = await api.CreateClient().SendRawAsync(Post($"{{\"query\":\"{{ __typename }}\",\"variables\":{{\"a\":{deep}}}}}"));

        Assert.Equal(400, response.Status);
        Assert.Equal("HC0011", response.ErrorCode);
    }

    [Fact]
    public async Task A_body_that_is_not_utf_8_is_400()
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("{\"query\":\"{ agency(code: \\\""), 0xC0, 0xAF, .. Encoding.ASCII.GetBytes("\\\") { name } }\"}")];

        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(400, response.Status);
        Assert.Equal("The request body is not valid UTF-8.", (string?)response.SingleError["message"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_body_is_400(string body)
    {
        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.SingleError["message"]);
    }

    [Theory]
    [InlineData("\"{ __typename }\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public async Task A_body_that_is_not_a_json_object_is_400(string body, string found)
    {
        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(400, response.Status);
        Assert.Equal($"The request body must be a JSON object, not {found}.", (string?)response.SingleError["message"]);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task A_batch_is_refused_with_400_and_says_so(string accept)
    {
        var response = await api.CreateClient().SendRawAsync(Post("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]", accept: accept));

        Assert.Equal(400, response.Status);
        Assert.Equal("HC0009", response.ErrorCode);
        Assert.StartsWith("Batching is not supported", (string?)response.SingleError["message"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"query\": null}")]
    [InlineData("{\"query\": \"\"}")]
    [InlineData("{\"query\": \"  \"}")]
    [InlineData("{\"qeury\": \"{ __typename }\"}")]
    [InlineData("{\"operationName\": \"Q\", \"variables\": {}}")]
    public async Task A_request_without_query_or_id_is_400_hc0013_under_either_media_type(string body)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await api.CreateClient().SendRawAsync(Post(body, accept: accept));

            Assert.Equal(400, response.Status);
            Assert.Equal("HC0013", response.ErrorCode);
        }
    }

    [Theory]
    [InlineData(null, "The request has no Content-Type: send the body as application/json.")]
    [InlineData("text/plain", "The Content-Type `text/plain` is not supported: send the body as application/json.")]
    [InlineData("application/x-www-form-urlencoded", "The Content-Type `application/x-www-form-urlencoded` is not supported: send the body as application/json.")]
    [InlineData("multipart/form-data; boundary=x", "The Content-Type `multipart/form-data; boundary=x` is not supported: send the body as application/json.")]
    [InlineData("application/graphql", "The Content-Type `application/graphql` is not supported: send the body as application/json.")]
    [InlineData("not a media type", "The Content-Type `not a media type` is not supported: send the body as application/json.")]
    [InlineData("application/json; charset=iso-8859-1", "The charset `iso-8859-1` is not supported: send the body in UTF-8.")]
    [InlineData("application/json; charset=utf-16", "The charset `utf-16` is not supported: send the body in UTF-8.")]
    public async Task A_body_that_is_not_json_in_utf_8_is_415(string? contentType, string message)
    {
        var response = await api.CreateClient().SendRawAsync(Post("{\"query\":\"{ __typename }\"}", contentType));

        Assert.Equal(415, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal(message, (string?)response.SingleError["message"]);
        Assert.False(response.Json.ContainsKey("data"));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("Application/JSON")]
    public async Task Json_in_utf_8_is_accepted_however_its_charset_is_spelled(string contentType)
    {
        var response = await api.CreateClient().SendRawAsync(Post("{\"query\":\"{ agency(code: \\\"quang-ngai/so-tttt\\\") { name } }\"}", contentType));

        Assert.Equal(200, response.Status);
        Assert.Equal("Sở Thông tin và Truyền thông", (string?)response.Json["data"]!["agency"]!["name"]);
    }

    [Fact]
    public async Task A_utf_8_byte_order_mark_is_allowed()
    {
        byte[] body = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}")];

        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_allow_get_post(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json") };

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, POST", response.Header("Allow"));
        Assert.Equal($"{method} is not supported: send a GraphQL request with GET or POST.", (string?)response.SingleError["message"]);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_413_and_one_of_exactly_one_megabyte_is_not()
    {
        const int limit = 1024 * 1024;
        var atLimit = PaddedRequest(limit);
        var overLimit = PaddedRequest(limit + 1);

        var accepted = await api.CreateClient().SendRawAsync(Post(atLimit));
        var refused = await api.CreateClient().SendRawAsync(Post(overLimit));

        Assert.Equal(200, accepted.Status);
        Assert.Equal(413, refused.Status);
        Assert.Equal("HC0010", refused.ErrorCode);
        Assert.Equal("The request body is larger than the limit of 1048576 bytes.", (string?)refused.SingleError["message"]);
    }

    [Fact]
    public async Task A_chunked_body_without_content_length_is_stopped_at_the_limit_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnsizedContent(PaddedRequest((1024 * 1024) + 10)) };
        request.Content.Headers.ContentType = new("application/json");

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(413, response.Status);
        Assert.Equal("HC0010", response.ErrorCode);
    }

    /// <summary>A valid request of exactly <paramref name="size"/> bytes: a query and an unused padding member.</summary>
    internal static byte[] PaddedRequest(int size)
    {
        const string head = "{\"query\":\"{ __typename }\",\"padding\":\"";
        const string tail = "\"}";
        return Encoding.UTF8.GetBytes(head + new string('x', size - head.Length - tail.Length) + tail);
    }

    /// <summary>Content whose length is not known up front, so that it is sent chunked.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
