using System.Text.Json.Nodes;
using PlanData.Api.Limits;
using PlanData.Api.Tests.Transport;
using PlanData.Api.Tests.TrustedOperations;

namespace PlanData.Api.Tests.Limits;

/// <summary>A field cost limit of 10, small enough to show the cost of small queries.</summary>
public sealed class SmallCostApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["GraphQL:Limits:MaxFieldCost"] = "10" });

/// <summary>
/// GraphQL:Limits:MaxFieldCost and the cost model: a field costs 1, a list multiplies its selection by
/// its page size (first/last, variables resolved, 10 by default), nested lists multiply, fragments count
/// where spread; over the limit is HC0047 with fieldCost and maxFieldCost, before anything runs.
/// </summary>
public sealed class FieldCostTests(SmallCostApi api) : IClassFixture<SmallCostApi>
{
    private const string Page = "query($n: Int) { plans(first: $n) { nodes { number title } } }";

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_query_within_the_cost_runs(int first)
    {
        // plans 1 + nodes 1 + 4 × (number + title) = 10
        var response = await api.CreateGraphQLClient().PostAsync($"{{ plans(first: {first}) {{ nodes {{ number title }} }} }}");

        response.AssertAnswered();
    }

    [Fact]
    public async Task One_item_more_is_refused_with_hc0047_and_both_costs()
    {
        var response = await api.CreateGraphQLClient().PostAsync("{ plans(first: 5) { nodes { number title } } }");

        var error = response.AssertRefused();
        Assert.Equal("HC0047", error.Code());
        Assert.StartsWith("The maximum allowed field cost was exceeded.", (string?)error["message"]);
        Assert.Contains("GraphQL:Limits:MaxFieldCost", (string?)error["message"]);
        Assert.Equal(12, error.Extension("fieldCost"));
        Assert.Equal(10, error.Extension("maxFieldCost"));
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, 12L)]
    public async Task The_page_size_of_a_variable_is_its_value(int n, long? refusedCost)
    {
        Assert.Equal(refusedCost, await FieldCostAsync(Page, new { n }));
    }

    [Theory]
    [InlineData("{}", 12L)]
    [InlineData("{\"n\": 4}", null)]
    public async Task A_variable_not_sent_counts_with_its_default(string variables, long? refusedCost)
    {
        Assert.Equal(refusedCost, await FieldCostAsync("query($n: Int = 5) { plans(first: $n) { nodes { number title } } }", JsonNode.Parse(variables)));
    }

    [Theory]
    [InlineData("{ plans(last: 5) { nodes { number title } } }", 12)]
    [InlineData("{ plans { nodes { number } } }", 12)]
    [InlineData("{ plans(first: 1000) { nodes { number } } }", 102)]
    [InlineData("{ plans(first: 3) { edges { cursor node { number } } } }", 11)]
    [InlineData("{ plans(first: 2) { nodes { items(first: 3) { nodes { number } } } } }", 12)]
    [InlineData("{ plan(number: \"04/KH-BCĐ\") { indicators { code } } }", 12)]
    public async Task Each_list_multiplies_its_selection_by_its_page_size(string query, long cost)
    {
        // last counts like first; no first/last, or a plain list, is a page of 10; a page over the 100 the
        // resolver allows counts as 100 (the resolver refuses it with HC0051 anyway); edges like nodes.
        Assert.Equal(cost, await FieldCostAsync(query));
    }

    [Theory]
    [InlineData("{ plans(first: 5) { ...Page } } fragment Page on PlansConnection { nodes { number title } }", 12L)]
    [InlineData("{ plans(first: 5) { nodes { ...Plan } } } fragment Plan on Plan { number title }", 12L)]
    [InlineData("{ plans(first: 5) { ... on PlansConnection { nodes { number title } } } }", 12L)]
    [InlineData("{ plans(first: 2) { ...Page } } fragment Page on PlansConnection { nodes { number title } }", null)]
    [InlineData("{ plans(first: 2) { ...Page ...Page } } fragment Page on PlansConnection { nodes { number title } }", 11L)]
    public async Task Fragments_count_wherever_they_are_spread(string query, long? refusedCost)
    {
        Assert.Equal(refusedCost, await FieldCostAsync(query));
    }

    [Theory]
    [MemberData(nameof(TrustedOperationTests.Operations), MemberType = typeof(TrustedOperationTests))]
    public async Task Every_trusted_operation_costs_less_than_the_default_limit(string name, string variables, string root)
    {
        _ = root;
        var cost = await FieldCostAsync(TrustedOperationFiles.TextOf(name), JsonNode.Parse(variables));

        Assert.NotNull(cost);
        Assert.InRange(cost.Value, 11, new LimitsOptions().MaxFieldCost);
    }

    /// <summary>The cost the API reports when it refuses the query; null when it runs it.</summary>
    private async Task<long?> FieldCostAsync(string query, object? variables = null)
    {
        var response = await api.CreateGraphQLClient().PostAsync(query, variables);
        if (response.Status == 200)
        {
            response.AssertAnswered();
            return null;
        }

        var error = response.AssertRefused();
        Assert.Equal("HC0047", error.Code());
        return error.Extension("fieldCost");
    }
}
