using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>What a plan was read from and whether all of it was: shown, filtered and sorted like any field; undated plans in lists.</summary>
[Collection(ManyPlansCollection.Name)]
public sealed class PlanSourceTests(ManyPlansApiFactory api)
{
    private const string DefaultOrder = "ha-tinh 27/KH-UBND undated|hai-phong 120/KH-UBND 2021|ha-tinh 50/KH-UBND 2022|quang-ngai 04/KH-BCĐ 2022|kon-tum 04/KH-BCĐ 2022|"
        + "quang-ngai 04/KH-BCĐ 2023|kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023|hai-duong 1914/KH-UBND 2023|quang-ngai/xa-tinh-tra 15/KH-UBND 2024";

    [Fact]
    public async Task An_opening_of_a_scan_says_what_it_lacks_and_how_well_it_was_read()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { opening: plan(number: "27/KH-UBND") { isComplete missing year issuedOn signer { name } items { totalCount } source { format ocrConfidence } }
              whole: plan(number: "1914/KH-UBND") { isComplete missing source { format ocrConfidence } } }
            """);

        var opening = data["opening"]!;
        Assert.False((bool)opening["isComplete"]!);
        Assert.Equal(["content section (items)", "signature"], opening["missing"]!.AsArray().Select(m => (string?)m));
        Assert.Null((JsonNode?)opening["year"]);
        Assert.Null((JsonNode?)opening["issuedOn"]);
        Assert.Null((JsonNode?)opening["signer"]);
        Assert.Equal(0, (int?)opening["items"]!["totalCount"]);
        Assert.Equal("SCANNED_PDF", (string?)opening["source"]!["format"]);
        Assert.Equal(0.87, (double?)opening["source"]!["ocrConfidence"]);
        var whole = data["whole"]!;
        Assert.True((bool)whole["isComplete"]!);
        Assert.Empty(whole["missing"]!.AsArray());
        Assert.Equal("TEXT", (string?)whole["source"]!["format"]);
        Assert.Null((JsonNode?)whole["source"]!["ocrConfidence"]);
    }

    [Theory]
    [InlineData("""where: { isComplete: { eq: false } }""", "ha-tinh 27/KH-UBND undated")]
    [InlineData("""where: { missing: { some: { ieq: "SIGNATURE" } } }""", "ha-tinh 27/KH-UBND undated")]
    [InlineData("""where: { source: { format: { in: [DOCX, PDF] } } }""", "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023|quang-ngai/xa-tinh-tra 15/KH-UBND 2024")]
    [InlineData("""where: { source: { ocrConfidence: { gte: 0.5 } } }""", "ha-tinh 27/KH-UBND undated")]
    [InlineData("""where: { year: { eq: null } }""", "ha-tinh 27/KH-UBND undated")]
    [InlineData("""where: { issuedOn: { gte: "2023-03-01" } }""", "kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023|hai-duong 1914/KH-UBND 2023|quang-ngai/xa-tinh-tra 15/KH-UBND 2024")]
    [InlineData("""order: [{ source: { format: DESC } }, { number: ASC }]""",
        "ha-tinh 27/KH-UBND undated|kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023|quang-ngai/xa-tinh-tra 15/KH-UBND 2024|quang-ngai 04/KH-BCĐ 2022|kon-tum 04/KH-BCĐ 2022|"
        + "quang-ngai 04/KH-BCĐ 2023|hai-phong 120/KH-UBND 2021|hai-duong 1914/KH-UBND 2023|ha-tinh 50/KH-UBND 2022")]
    [InlineData("""order: [{ issuedOn: DESC }]""",
        "quang-ngai/xa-tinh-tra 15/KH-UBND 2024|hai-duong 1914/KH-UBND 2023|kon-tum/thanh-pho-kon-tum 88/KH-UBND 2023|quang-ngai 04/KH-BCĐ 2023|"
        + "kon-tum 04/KH-BCĐ 2022|quang-ngai 04/KH-BCĐ 2022|ha-tinh 50/KH-UBND 2022|hai-phong 120/KH-UBND 2021|ha-tinh 27/KH-UBND undated")]
    [InlineData("", DefaultOrder)]
    public async Task Completeness_source_and_nullable_dates_filter_and_sort_in_sql(string arguments, string expected)
    {
        Assert.Equal(expected.Split('|'), await api.CreateGraphQLClient().PlansAsync(arguments));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Paging_forward_and_back_over_undated_plans_gives_each_plan_once(int size)
    {
        var client = api.CreateGraphQLClient();
        var forward = new List<string>();
        string? cursor = null;
        do
        {
            var page = (await client.DataAsync("query($size: Int, $after: String) { plans(first: $size, after: $after) { pageInfo { hasNextPage endCursor } nodes { number year jurisdiction { code } } } }", new { size, after = cursor }))["plans"]!;
            forward.AddRange(page["nodes"]!.AsArray().Select(PlanLists.Show));
            cursor = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (cursor is not null);

        var backward = new List<string>();
        do
        {
            var page = (await client.DataAsync("query($size: Int, $before: String) { plans(last: $size, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { number year jurisdiction { code } } } }", new { size, before = cursor }))["plans"]!;
            backward.InsertRange(0, page["nodes"]!.AsArray().Select(PlanLists.Show));
            cursor = (bool)page["pageInfo"]!["hasPreviousPage"]! ? (string?)page["pageInfo"]!["startCursor"] : null;
        }
        while (cursor is not null);

        Assert.Equal(DefaultOrder.Split('|'), forward);
        Assert.Equal(forward, backward);
    }
}
