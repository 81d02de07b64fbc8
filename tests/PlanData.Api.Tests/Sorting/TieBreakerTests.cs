using PlanData.Api.Tests.Filtering;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Sorting;

/// <summary>
/// The natural key is appended to every order: rows with equal sort keys come out in a stable order, and
/// paging through them one at a time visits each exactly once, forwards and backwards.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TieBreakerTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("order: [{ leadAgency: { name: ASC } }]", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("order: [{ plan: { number: DESC } }, { leadAgency: { code: DESC } }]", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("order: [{ completedAtIssue: ASC }]", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 })]
    [InlineData("order: [{ schedule: { end: ASC } }]", new[] { 5, 6, 7, 11, 1, 2, 3, 8, 10, 4, 9 })]
    [InlineData("order: [{ schedule: { end: DESC } }]", new[] { 4, 9, 8, 10, 3, 1, 2, 5, 6, 7, 11 })]
    [InlineData("order: [{ schedule: { kind: DESC } }]", new[] { 5, 6, 7, 11, 3, 9, 10, 1, 2, 4, 8 })]
    [InlineData("asOf: \"2022-03-10\", order: [{ status: ASC }]", new[] { 1, 2, 4, 8, 9, 3, 10, 7, 11, 5, 6 })]
    [InlineData("order: [{ content: DESC }]", new[] { 5, 4, 1, 2, 3, 6, 7, 8, 9, 10, 11 })]
    public async Task Paging_one_row_at_a_time_visits_each_row_once_in_order(string arguments, int[] expected)
    {
        var client = api.CreateGraphQLClient();

        Assert.Equal(expected, await client.ItemsAsync(arguments));
        Assert.Equal(expected, (await client.PageThroughAsync("planItems", "number", arguments, 1)).Select(int.Parse));
        Assert.Equal(expected, (await client.PageThroughAsync("planItems", "number", arguments, 1, backward: true)).Select(int.Parse));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Agencies_with_equal_sort_keys_page_by_code(int size)
    {
        var client = api.CreateGraphQLClient();
        const string order = SeedQueries.PlanAgencies + ", order: [{ kind: ASC }, { isCollective: DESC }]";
        var all = await client.AgenciesAsync(order);

        var forward = await client.PageThroughAsync("agencies", "code", order, size);
        var backward = await client.PageThroughAsync("agencies", "code", order, size, backward: true);

        Assert.Equal(34, all.Count);
        Assert.Equal(34, all.Distinct().Count());
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
        Assert.Equal(["viet-nam/ubqg-cds", "viet-nam/bo-khcn", "viet-nam/bo-noi-vu", "viet-nam/bo-tttt"], all.Take(4));
    }

    [Fact]
    public async Task The_same_request_gives_the_same_order_every_time()
    {
        var client = api.CreateGraphQLClient();
        const string order = "order: [{ currentSuccessor: { isCollective: ASC } }]";

        var first = await client.AgenciesAsync(order);
        var second = await client.AgenciesAsync(order);

        Assert.Equal(first, second);
        Assert.Equal(first.Take(30).Order(StringComparer.Ordinal), first.Take(30));
    }
}
