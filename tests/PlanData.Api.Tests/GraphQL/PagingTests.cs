using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.GraphQL;

[Collection(ApiCollection.Name)]
public sealed class PagingTests(PlanDataApiFactory api)
{
    private const string Page = """
        query Page($first: Int, $after: String, $last: Int, $before: String) {
          planItems(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { number } }
            nodes { number }
          }
        }
        """;

    [Fact]
    public async Task First_three_then_after_the_end_cursor_gives_the_next_three()
    {
        var client = api.CreateGraphQLClient();

        var first = (await client.DataAsync(Page, new { first = 3 }))["planItems"]!;
        Assert.Equal([1, 2, 3], first["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)first["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(11, (int?)first["totalCount"]);
        Assert.Equal((string?)first["edges"]![2]!["cursor"], (string?)first["pageInfo"]!["endCursor"]);

        var second = (await client.DataAsync(Page, new { first = 3, after = (string?)first["pageInfo"]!["endCursor"] }))["planItems"]!;
        Assert.Equal([4, 5, 6], second["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.True((bool)second["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(11, (int?)second["totalCount"]);
    }

    [Fact]
    public async Task Paging_to_the_end_reports_no_next_page()
    {
        var client = api.CreateGraphQLClient();
        var seen = new List<int>();
        string? after = null;
        bool hasNext;
        do
        {
            var page = (await client.DataAsync(Page, new { first = 4, after }))["planItems"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
            hasNext = (bool)page["pageInfo"]!["hasNextPage"]!;
            after = (string?)page["pageInfo"]!["endCursor"];
        }
        while (hasNext);

        Assert.Equal(Enumerable.Range(1, 11), seen);
    }

    [Fact]
    public async Task Last_and_before_page_backwards()
    {
        var client = api.CreateGraphQLClient();

        var last = (await client.DataAsync(Page, new { last = 3 }))["planItems"]!;
        Assert.Equal([9, 10, 11], last["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.False((bool)last["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)last["pageInfo"]!["hasPreviousPage"]!);

        var before = (await client.DataAsync(Page, new { last = 3, before = (string?)last["pageInfo"]!["startCursor"] }))["planItems"]!;
        Assert.Equal([6, 7, 8], before["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
        Assert.True((bool)before["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Default_page_size_is_ten()
    {
        var data = await api.CreateGraphQLClient().DataAsync("{ planItems { nodes { number } pageInfo { hasNextPage } } }");

        Assert.Equal(10, data["planItems"]!["nodes"]!.AsArray().Count);
        Assert.True((bool)data["planItems"]!["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Over_one_hundred_is_HC0051_with_its_extensions()
    {
        var response = await api.CreateGraphQLClient().PostAsync("{ planItems(first: 101) { nodes { number } } }");

        Assert.Equal(200, response.Status);
        Assert.Null(response.Body["data"]!["planItems"]);
        var error = response.SingleError;
        Assert.Equal("The maximum allowed items per page were exceeded.", (string?)error["message"]);
        Assert.Equal("HC0051", (string?)error["extensions"]!["code"]);
        Assert.Equal(101, (int?)error["extensions"]!["requestedItems"]);
        Assert.Equal(100, (int?)error["extensions"]!["maxAllowedItems"]);
        Assert.Equal("Query.planItems", (string?)error["extensions"]!["fieldCoordinate"]);
    }

    [Fact]
    public async Task Negative_count_is_HC0079()
    {
        var response = await api.CreateGraphQLClient().PostAsync("{ agencies(last: -1) { nodes { code } } }");

        Assert.Equal("HC0079", (string?)response.SingleError["extensions"]!["code"]);
        Assert.Null(response.Body["data"]!["agencies"]);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("WzEsMiwzXQ==")]
    public async Task Bad_cursor_is_HC0078(string cursor)
    {
        var response = await api.CreateGraphQLClient().PostAsync("query($after: String) { planItems(after: $after) { nodes { number } } }", new { after = cursor });

        var error = response.SingleError;
        Assert.Equal("HC0078", (string?)error["extensions"]!["code"]);
        Assert.Equal("The cursor specified in `after` has an invalid format.", (string?)error["message"]);
    }

    [Fact]
    public async Task Nested_connections_page_too()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { agency(code: "quang-ngai/so-tttt") { assignments(first: 2) { totalCount nodes { role item { number } } pageInfo { hasNextPage } } } }
            """);

        var assignments = data["agency"]!["assignments"]!;
        Assert.Equal(11, (int?)assignments["totalCount"]);
        Assert.Equal([1, 2], assignments["nodes"]!.AsArray().Select(n => (int)n!["item"]!["number"]!));
        Assert.True((bool)assignments["pageInfo"]!["hasNextPage"]!);
    }
}
