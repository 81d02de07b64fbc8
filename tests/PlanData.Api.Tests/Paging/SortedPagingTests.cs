using System.Text.Json.Nodes;
using PlanData.Api.Tests.Filtering;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Paging;

/// <summary>Sorting with filtering and paging, forwards and backwards, on root and nested connections.</summary>
[Collection(ApiCollection.Name)]
public sealed class SortedPagingTests(PlanDataApiFactory api)
{
    private const string ByTitle = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          planItems(first: $first, after: $after, last: $last, before: $before, order: [{ title: ASC }]) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { number }
          }
        }
        """;

    [Fact]
    public async Task Forward_through_a_title_order()
    {
        var client = api.CreateGraphQLClient();

        var first = await PageAsync(client, ByTitle, new { first = 4 });
        var second = await PageAsync(client, ByTitle, new { first = 4, after = EndCursor(first) });
        var third = await PageAsync(client, ByTitle, new { first = 4, after = EndCursor(second) });

        Assert.Equal([1, 11, 7, 4], Numbers(first));
        Assert.Equal([3, 10, 9, 8], Numbers(second));
        Assert.Equal([2, 5, 6], Numbers(third));
        Assert.Equal((true, false), Flags(first));
        Assert.Equal((true, true), Flags(second));
        Assert.Equal((false, true), Flags(third));
        Assert.All([first, second, third], page => Assert.Equal(11, (int)page["totalCount"]!));
    }

    [Fact]
    public async Task Backward_through_a_title_order()
    {
        var client = api.CreateGraphQLClient();

        var last = await PageAsync(client, ByTitle, new { last = 4 });
        var before = await PageAsync(client, ByTitle, new { last = 4, before = StartCursor(last) });
        var start = await PageAsync(client, ByTitle, new { last = 4, before = StartCursor(before) });

        Assert.Equal([8, 2, 5, 6], Numbers(last));
        Assert.Equal([4, 3, 10, 9], Numbers(before));
        Assert.Equal([1, 11, 7], Numbers(start));
        Assert.Equal((false, true), Flags(last));
        Assert.Equal((true, true), Flags(before));
        Assert.Equal((true, false), Flags(start));
    }

    [Fact]
    public async Task Turning_back_from_a_forward_page_returns_the_rows_before_it()
    {
        var client = api.CreateGraphQLClient();
        var first = await PageAsync(client, ByTitle, new { first = 3 });
        var second = await PageAsync(client, ByTitle, new { first = 3, after = EndCursor(first) });

        var back = await PageAsync(client, ByTitle, new { last = 3, before = StartCursor(second) });
        var between = await PageAsync(client, ByTitle, new { first = 10, after = EndCursor(first), before = EndCursor(second) });

        Assert.Equal([4, 3, 10], Numbers(second));
        Assert.Equal(Numbers(first), Numbers(back));
        Assert.Equal([4, 3], Numbers(between));
    }

    [Theory]
    [InlineData("order: [{ schedule: { end: ASC } }]", 3, new[] { 5, 6, 7, 11, 1, 2, 3, 8, 10, 4, 9 })]
    [InlineData("order: [{ schedule: { end: DESC } }, { title: DESC }]", 2, new[] { 9, 4, 8, 10, 3, 2, 1, 6, 5, 7, 11 })]
    [InlineData("order: [{ schedule: { kind: ASC } }, { completedAtIssue: ASC }]", 4, new[] { 4, 8, 1, 2, 10, 3, 9, 7, 11, 5, 6 })]
    [InlineData("where: { schedule: { kind: { in: [MONTH, QUARTER] } } }, order: [{ schedule: { end: DESC } }]", 2, new[] { 4, 9, 8, 3, 1, 2 })]
    [InlineData("asOf: \"2022-05-01\", where: { status: { neq: COMPLETED } }, order: [{ status: DESC }, { number: DESC }]", 3, new[] { 6, 5, 11, 7, 10, 8, 3, 9, 4 })]
    [InlineData("order: [{ leadAgency: { currentSuccessor: { name: ASC } } }, { number: DESC }]", 5, new[] { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 })]
    public async Task Sorted_and_filtered_pages_join_up_in_both_directions(string arguments, int size, int[] expected)
    {
        var client = api.CreateGraphQLClient();

        Assert.Equal(expected, (await client.PageThroughAsync("planItems", "number", arguments, size)).Select(int.Parse));
        Assert.Equal(expected, (await client.PageThroughAsync("planItems", "number", arguments, size, backward: true)).Select(int.Parse));
    }

    [Fact]
    public async Task A_nested_connection_pages_in_its_sort_order()
    {
        var client = api.CreateGraphQLClient();
        const string query = """
            query($after: String, $before: String, $first: Int, $last: Int) {
              plans { nodes { items(first: $first, after: $after, last: $last, before: $before, order: [{ title: ASC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { number } } } }
            }
            """;

        var first = await NestedPageAsync(client, query, new { first = 4 });
        var second = await NestedPageAsync(client, query, new { first = 4, after = EndCursor(first) });
        var back = await NestedPageAsync(client, query, new { last = 2, before = StartCursor(second) });

        Assert.Equal([1, 11, 7, 4], Numbers(first));
        Assert.Equal([3, 10, 9, 8], Numbers(second));
        Assert.Equal((true, true), Flags(second));
        Assert.Equal([7, 4], Numbers(back));
        Assert.Equal((true, true), Flags(back));
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_HC0078()
    {
        var client = api.CreateGraphQLClient();
        var byNumber = (await client.DataAsync("{ planItems(first: 2) { pageInfo { endCursor } } }"))["planItems"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var error = await client.FieldErrorAsync("planItems", "query($after: String) { planItems(first: 2, after: $after, order: [{ title: ASC }]) { nodes { number } } }", new { after = byNumber });

        Assert.Equal("HC0078", (string?)error["extensions"]!["code"]);
        Assert.Equal("The cursor specified in `after` has an invalid format.", (string?)error["message"]);
    }

    [Fact]
    public async Task A_bad_before_cursor_is_HC0078_naming_before()
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", """{ planItems(last: 2, before: "bm90IGEgY3Vyc29y", order: [{ title: ASC }]) { nodes { number } } }""");

        Assert.Equal("HC0078", (string?)error["extensions"]!["code"]);
        Assert.Equal("The cursor specified in `before` has an invalid format.", (string?)error["message"]);
    }

    private static async Task<JsonNode> PageAsync(GraphQLClient client, string query, object variables) =>
        (await client.DataAsync(query, variables))["planItems"]!;

    private static async Task<JsonNode> NestedPageAsync(GraphQLClient client, string query, object variables) =>
        (await client.DataAsync(query, variables))["plans"]!["nodes"]![0]!["items"]!;

    private static int[] Numbers(JsonNode page) => [.. page["nodes"]!.AsArray().Select(n => (int)n!["number"]!)];

    private static (bool Next, bool Previous) Flags(JsonNode page) =>
        ((bool)page["pageInfo"]!["hasNextPage"]!, (bool)page["pageInfo"]!["hasPreviousPage"]!);

    private static string EndCursor(JsonNode page) => page["pageInfo"]!["endCursor"]!.GetValue<string>();

    private static string StartCursor(JsonNode page) => page["pageInfo"]!["startCursor"]!.GetValue<string>();
}
