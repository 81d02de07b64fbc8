using PlanData.Api.Tests.Filtering;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Sorting;

/// <summary>Null in a sort input is HC0026 with Hot Chocolate's sorting message; a list where one value belongs fails validation.</summary>
[Collection(ApiCollection.Name)]
public sealed class SortInputErrorTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("order: [{ title: null }]", "title", "PlanItemSortInput")]
    [InlineData("order: [{ number: ASC }, { schedule: null }]", "schedule", "PlanItemSortInput")]
    [InlineData("order: [{ schedule: { end: null } }]", "end", "ScheduleSortInput")]
    [InlineData("order: [{ leadAgency: { currentSuccessor: { name: null } } }]", "name", "AgencySortInput")]
    public async Task A_null_sort_value_is_HC0026(string order, string field, string inputType)
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", $"{{ planItems({order}) {{ nodes {{ number }} }} }}");

        Assert.Equal($"The provided value for sorting `{field}` of type {inputType} is invalid. Null values are not supported.", (string?)error["message"]);
        Assert.Equal("HC0026", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task Order_null_sorts_by_the_natural_key() =>
        Assert.Equal(SeedQueries.AllItems, await api.CreateGraphQLClient().ItemsAsync("order: null"));

    /// <summary>
    /// HC0021 (a list where a sort field expects one value) cannot reach the resolver here: GraphQL input
    /// coercion rejects a list given for an enum or input object, so the request fails validation first.
    /// </summary>
    [Theory]
    [InlineData("{ planItems(order: [{ title: [ASC, DESC] }]) { nodes { number } } }")]
    [InlineData("{ planItems(order: [{ schedule: [{ end: ASC }] }]) { nodes { number } } }")]
    public async Task A_list_inside_a_sort_input_fails_validation(string query)
    {
        var response = await api.CreateGraphQLClient().PostAsync(query);

        Assert.Equal(400, response.Status);
        Assert.Null(response.Body["data"]);
        var error = response.SingleError;
        Assert.Contains("order", (string?)error["message"]);
        Assert.NotEqual("HC0021", (string?)error["extensions"]?["code"]);
    }

    [Fact]
    public async Task A_list_inside_a_sort_variable_fails_validation()
    {
        var response = await api.CreateGraphQLClient().PostAsync(
            "query($order: [PlanItemSortInput!]) { planItems(order: $order) { nodes { number } } }",
            new { order = new[] { new { title = new[] { "ASC" } } } });

        Assert.Equal(400, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Contains("$order", (string?)response.SingleError["message"]);
    }
}
