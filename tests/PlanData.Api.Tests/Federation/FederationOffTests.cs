using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Federation;

/// <summary>By default (GraphQL:Federation:Enabled unset) the API is no subgraph: none of federation's fields or types exist.</summary>
[Collection(ApiCollection.Name)]
public sealed class FederationOffTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("{ _service { sdl } }", "_service")]
    [InlineData("""{ _entities(representations: [{ __typename: "Agency", id: "QWdlbmN5OnF1YW5nLW5nYWkvc28tdHR0dA==" }]) { __typename } }""", "_entities")]
    public async Task Federation_fields_do_not_exist(string query, string field)
    {
        var response = await api.CreateGraphQLClient().PostAsync(query);

        Assert.Null(response.Body["data"]);
        Assert.Contains($"'{field}'", (string?)response.SingleError["message"]);
    }

    [Theory]
    [InlineData("_Entity")]
    [InlineData("_Any")]
    [InlineData("_Service")]
    public async Task Federation_types_do_not_exist(string typeName)
    {
        var data = await api.CreateGraphQLClient().DataAsync("query($name: String!) { __type(name: $name) { name } }", new { name = typeName });

        Assert.Null(data["__type"]);
    }
}
