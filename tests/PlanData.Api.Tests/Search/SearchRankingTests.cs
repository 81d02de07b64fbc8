using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchRankingTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task An_item_titled_with_the_words_ranks_above_one_that_mentions_them_in_a_task()
    {
        // Item 3 is titled "Khai trương ... Trung tâm điều hành thông minh tỉnh"; item 11 names
        // the centre only in its last task ("Tổng kết ... Trung tâm điều hành thông minh ...").
        var search = await api.CreateGraphQLClient().SearchAsync("trung tam dieu hanh thong minh");

        var hits = search.Edges();
        var titled = search.Item(3);
        var mentioned = search.Item(11);
        Assert.True(hits.IndexOf(titled) < hits.IndexOf(mentioned));
        Assert.True((double)titled["score"]! > (double)mentioned["score"]!);
    }

    [Fact]
    public async Task Hits_come_best_first_with_positive_scores()
    {
        var scores = (await api.CreateGraphQLClient().SearchAsync("chuyen doi so", first: 100)).Edges().Select(e => (double)e["score"]!).ToList();

        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.True(s > 0, $"score {s}"));
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task A_task_hit_returns_its_plan_item()
    {
        // "cáp quang băng rộng" is only in item 11's first task.
        var search = await api.CreateGraphQLClient().SearchAsync("cáp quang băng rộng");

        var hit = Assert.Single(search.Edges());
        Assert.Equal("PlanItem", (string?)hit["node"]!["__typename"]);
        Assert.Equal(11, (int?)hit["node"]!["number"]);
        // "cập" folds to "cap" as "cáp" does: diacritic-insensitive matching marks both.
        Assert.Contains("phổ <mark>cập</mark> <mark>cáp</mark> <mark>quang</mark> <mark>băng</mark> <mark>rộng</mark>: Đạt tối thiểu 70%", (string?)hit["highlight"]);
    }

    [Fact]
    public async Task An_agency_is_found_by_its_alias()
    {
        var search = await api.CreateGraphQLClient().SearchAsync("STTTT");

        var agency = Assert.Single(search.Edges(), e => (string?)e["node"]!["__typename"] == "Agency");
        Assert.Equal("quang-ngai/so-tttt", (string?)agency["node"]!["code"]);
        Assert.Equal("<mark>STTTT</mark>", (string?)agency["highlight"]);
    }
}
