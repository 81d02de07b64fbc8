using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.GraphQL;

[Collection(ApiCollection.Name)]
public sealed class HttpTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task Get_with_query_and_variables_in_the_query_string()
    {
        var query = Uri.EscapeDataString("query($code: String) { agency(code: $code) { name } }");
        var variables = Uri.EscapeDataString("{\"code\":\"quang-ngai/so-tttt\"}");

        using var response = await api.CreateClient().GetAsync($"/graphql?query={query}&variables={variables}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Sở Thông tin và Truyền thông", (string?)body["data"]!["agency"]!["name"]);
    }

    [Fact]
    public async Task Vietnamese_text_is_sent_as_is_not_escaped()
    {
        using var response = await api.CreateClient().PostAsync("/graphql", new StringContent("{\"query\":\"{ agency(code: \\\"quang-ngai/so-tttt\\\") { name } }\"}", Encoding.UTF8, "application/json"));

        Assert.Contains("Sở Thông tin và Truyền thông", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{ nope }")]
    [InlineData("{ plans(")]
    public async Task A_document_that_fails_validation_is_400_with_errors(string query)
    {
        var response = await api.CreateGraphQLClient().PostAsync(query);

        Assert.Equal(400, response.Status);
        Assert.NotEmpty(response.Errors!);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_client_error_not_a_crash()
    {
        using var response = await api.CreateClient().PostAsync("/graphql", new StringContent("{\"query\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]);
    }
}
