using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Transport;

/// <summary>GET /graphql with the request in the query string.</summary>
[Collection(ApiCollection.Name)]
public sealed class GetRequestTests(PlanDataApiFactory api)
{
    private const string TwoOperations = "query Name { agency(code: \"quang-ngai/so-tttt\") { name } } query Kind { agency(code: \"quang-ngai/so-tttt\") { kind } }";

    [Fact]
    public async Task Query_variables_operation_name_and_extensions_are_read_from_the_query_string()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null,
            ("query", "query A($code: String) { agency(code: $code) { name } } query B { __typename }"),
            ("operationName", "A"),
            ("variables", "{\"code\":\"quang-ngai/so-tttt\"}"),
            ("extensions", "{\"tracing\":false}")));

        Assert.Equal(200, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("{\"data\":{\"agency\":{\"name\":\"Sở Thông tin và Truyền thông\"}}}", response.Text);
    }

    [Theory]
    [InlineData("Name", "name", "Sở Thông tin và Truyền thông")]
    [InlineData("Kind", "kind", "PROVINCIAL_DEPARTMENT")]
    public async Task The_operation_name_picks_the_operation(string operationName, string field, string value)
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", TwoOperations), ("operationName", operationName)));

        Assert.Equal(200, response.Status);
        Assert.Equal(value, (string?)response.Json["data"]!["agency"]![field]);
    }

    [Theory]
    [InlineData("variables", "not json", "`variables` must be a JSON object (URL-encoded), but it is not valid JSON.")]
    [InlineData("variables", "[1]", "`variables` must be a JSON object (URL-encoded), not an array.")]
    [InlineData("variables", "\"x\"", "`variables` must be a JSON object (URL-encoded), not a string.")]
    [InlineData("extensions", "5", "`extensions` must be a JSON object (URL-encoded), not a number.")]
    public async Task A_query_string_parameter_that_is_not_a_json_object_is_400(string name, string value, string message)
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", "{ __typename }"), (name, value)));

        Assert.Equal(400, response.Status);
        Assert.Equal("HC0009", response.ErrorCode);
        Assert.Equal(message, (string?)response.SingleError["message"]);
    }

    [Fact]
    public async Task A_parameter_given_twice_is_400()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", "{ __typename }"), ("query", "{ plans { totalCount } }")));

        Assert.Equal(400, response.Status);
        Assert.Equal("The query string gives `query` more than once.", (string?)response.SingleError["message"]);
    }

    [Fact]
    public async Task A_get_without_query_is_400_hc0013()
    {
        var response = await api.CreateClient().SendRawAsync(Get("application/json"));

        Assert.Equal(400, response.Status);
        Assert.Equal("HC0013", response.ErrorCode);
    }

    [Theory]
    [InlineData("mutation { __typename }", null, "mutation")]
    [InlineData("mutation Change { __typename }", "Change", "mutation")]
    [InlineData("subscription { __typename }", null, "subscription")]
    [InlineData("query Read { __typename } mutation Write { __typename }", "Write", "mutation")]
    public async Task A_mutation_or_subscription_by_get_is_405_allowing_post(string query, string? operationName, string kind)
    {
        (string, string)[] parameters = operationName is null ? [("query", query)] : [("query", query), ("operationName", operationName)];

        var response = await api.CreateClient().SendRawAsync(Get(GraphQLResponseJson, parameters));

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Header("Allow"));
        Assert.StartsWith($"A {kind} cannot be sent with GET", (string?)response.SingleError["message"]);
        Assert.Equal("no-store", response.CacheControl);
    }

    [Fact]
    public async Task A_query_beside_a_mutation_in_the_same_document_runs_by_get()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", "query Read { __typename } mutation Write { __typename }"), ("operationName", "Read")));

        Assert.Equal(200, response.Status);
        Assert.Equal("Query", (string?)response.Json["data"]!["__typename"]);
    }

    [Fact]
    public async Task A_query_string_in_utf_8_keeps_vietnamese_text()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", "{ agency(code: \"Quảng-Ngãi/Sở-TTTT\") { code } }")));

        Assert.Equal("quang-ngai/so-tttt", (string?)response.Json["data"]!["agency"]!["code"]);
    }
}
