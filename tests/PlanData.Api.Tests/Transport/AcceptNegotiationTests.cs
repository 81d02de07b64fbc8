using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Transport;

/// <summary>Which media type answers which Accept header, and what the status of a failed request is under each.</summary>
[Collection(ApiCollection.Name)]
public sealed class AcceptNegotiationTests(PlanDataApiFactory api)
{
    private const string Json = "application/json";
    private const string Typename = "{\"query\":\"{ __typename }\"}";
    private const string Invalid = "{\"query\":\"{ noSuchField }\"}";

    [Theory]
    [InlineData(null, GraphQLResponseJson)]
    [InlineData("", GraphQLResponseJson)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json;q=0.5, */*", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0, */*", Json)]
    [InlineData("application/json, application/*;q=0.1", Json)]
    [InlineData("text/html, application/xhtml+xml, application/json;q=0.9, */*;q=0.8", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    [InlineData("application/graphql-response+json; charset=UTF-8", GraphQLResponseJson)]
    [InlineData("application/json; charset=iso-8859-1, application/graphql-response+json;q=0.2", GraphQLResponseJson)]
    [InlineData("APPLICATION/JSON", Json)]
    [InlineData("nonsense, application/json", Json)]
    public async Task The_response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        var response = await api.CreateClient().SendRawAsync(Post(Typename, accept: accept));

        Assert.Equal(200, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("utf-8", response.ContentType!.CharSet);
        Assert.Equal("Query", (string?)response.Json["data"]!["__typename"]);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("image/*")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("nonsense")]
    public async Task An_accept_header_that_allows_neither_json_type_is_406_with_a_json_error(string accept)
    {
        var response = await api.CreateClient().SendRawAsync(Post(Typename, accept: accept));

        Assert.Equal(406, response.Status);
        Assert.Equal(Json, response.MediaType);
        Assert.Contains("application/graphql-response+json or application/json", (string?)response.SingleError["message"]);
        Assert.False(response.Json.ContainsKey("data"));
    }

    [Theory]
    [InlineData(null, 400)]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData("*/*", 200)]
    [InlineData(Json, 200)]
    public async Task A_validation_error_is_400_under_graphql_response_json_and_200_under_application_json(string? accept, int status)
    {
        var response = await api.CreateClient().SendRawAsync(Post(Invalid, accept: accept));

        Assert.Equal(status, response.Status);
        Assert.Contains("noSuchField", (string?)response.SingleError["message"]);
        Assert.False(response.Json.ContainsKey("data"));
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData(Json, 200)]
    public async Task A_syntax_error_and_a_variable_coercion_error_follow_the_same_rule(string accept, int status)
    {
        var client = api.CreateClient();

        var syntax = await client.SendRawAsync(Post("{\"query\":\"{\"}", accept: accept));
        var coercion = await client.SendRawAsync(Post("{\"query\":\"query($code: String!) { agency(code: $code) { name } }\",\"variables\":{\"code\":null}}", accept: accept));

        Assert.Equal(status, syntax.Status);
        Assert.NotEmpty(syntax.Json["errors"]!.AsArray());
        Assert.False(syntax.Json.ContainsKey("data"));
        Assert.Equal(status, coercion.Status);
        Assert.Contains("$code", (string?)coercion.SingleError["message"]);
    }

    [Fact]
    public async Task Field_errors_after_execution_are_200_under_both_types()
    {
        var client = api.CreateClient();

        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await client.SendRawAsync(Post("{\"query\":\"{ plans(first: 1000) { totalCount } }\"}", accept: accept));

            Assert.Equal(200, response.Status);
            Assert.Equal("HC0051", response.ErrorCode);
            Assert.True(response.Json.ContainsKey("data"));
        }
    }
}
