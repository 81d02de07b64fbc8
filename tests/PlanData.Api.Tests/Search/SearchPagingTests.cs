using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchPagingTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task First_two_then_after_the_end_cursor_gives_the_next_two()
    {
        var client = api.CreateGraphQLClient();
        var all = (await client.SearchAsync("chuyen doi so", first: 100)).Hits();

        var first = await client.SearchAsync("chuyen doi so", first: 2);
        Assert.Equal(all[..2], first.Hits());
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)first["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(all.Count, (int?)first["totalCount"]);
        Assert.Equal((string?)first.Edges()[1]["cursor"], (string?)first["pageInfo"]!["endCursor"]);

        var second = await client.SearchAsync("chuyen doi so", first: 2, after: (string?)first["pageInfo"]!["endCursor"]);
        Assert.Equal(all[2..4], second.Hits());
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(all.Count, (int?)second["totalCount"]);
    }

    [Fact]
    public async Task Paging_to_the_end_visits_every_hit_once()
    {
        var client = api.CreateGraphQLClient();
        var all = await client.SearchAsync("chuyen doi so", first: 100);
        var seen = new List<string>();
        string? after = null;
        bool hasNext;
        var pages = 0;
        do
        {
            var page = await client.SearchAsync("chuyen doi so", first: 2, after: after);
            seen.AddRange(page.Hits());
            hasNext = (bool)page["pageInfo"]!["hasNextPage"]!;
            after = (string?)page["pageInfo"]!["endCursor"];
            pages++;
        }
        while (hasNext);

        Assert.Equal(all.Hits(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal((int)all["totalCount"]!, seen.Count);
        Assert.Equal((seen.Count + 1) / 2, pages);
        Assert.False((bool)all["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task After_the_last_hit_the_page_is_empty_with_hits_before_it()
    {
        var client = api.CreateGraphQLClient();
        var all = await client.SearchAsync("chuyen doi so", first: 100);

        var beyond = await client.SearchAsync("chuyen doi so", first: 5, after: (string?)all["pageInfo"]!["endCursor"]);

        Assert.Empty(beyond.Edges());
        Assert.False((bool)beyond["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)beyond["pageInfo"]!["hasPreviousPage"]!);
        Assert.Null((string?)beyond["pageInfo"]!["endCursor"]);
        Assert.Equal((int)all["totalCount"]!, (int)beyond["totalCount"]!);
    }

    [Fact]
    public async Task Default_page_is_ten_hits()
    {
        var search = await api.CreateGraphQLClient().SearchAsync("chuyen doi so");

        Assert.Equal(10, search.Edges().Count);
        Assert.True((int)search["totalCount"]! > 10);
        Assert.True((bool)search["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Over_one_hundred_is_HC0051()
    {
        var response = await api.CreateGraphQLClient().PostAsync(SearchClient.Query, new { text = "chuyen doi so", first = 101 });

        Assert.Equal("HC0051", (string?)response.SingleError["extensions"]!["code"]);
        Assert.Equal("Query.search", (string?)response.SingleError["extensions"]!["fieldCoordinate"]);
        Assert.Null(response.Body["data"]!["search"]);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("WzEsMiwzXQ==")]
    [InlineData("WzEuNSwiVGFzayIsIngiXQ==")]
    public async Task Bad_cursor_is_HC0078(string cursor)
    {
        var response = await api.CreateGraphQLClient().PostAsync(SearchClient.Query, new { text = "chuyen doi so", after = cursor });

        Assert.Equal("HC0078", (string?)response.SingleError["extensions"]!["code"]);
        Assert.Equal("The cursor specified in `after` has an invalid format.", (string?)response.SingleError["message"]);
    }
}
