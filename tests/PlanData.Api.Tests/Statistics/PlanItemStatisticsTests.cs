using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Statistics;

/// <summary>Dashboard counts against the seed plan, counted by hand from the document's deadlines.</summary>
[Collection(ApiCollection.Name)]
public sealed class PlanItemStatisticsTests(PlanDataApiFactory api)
{
    private const string Query = """
        query Stats($asOf: Date, $where: PlanItemFilterInput, $days: Int!) {
          planItemStatistics(asOf: $asOf, where: $where) {
            total
            byStatus { status count }
            byLeadAgency { agency { code } count }
            dueSoon(days: $days) { number }
          }
        }
        """;

    // Items: 1-2 done (Feb), 3 Q1, 4 Sep, 5-6 external, 7 & 11 recurring, 8 Apr, 9 Q3, 10 Mar-Apr.
    [Theory]
    [InlineData("2022-01-15", 2, 4, 1, 0, 2, 2)]
    [InlineData("2022-03-10", 2, 3, 2, 0, 2, 2)]
    [InlineData("2022-05-01", 2, 2, 0, 3, 2, 2)]
    [InlineData("2022-08-15", 2, 1, 1, 3, 2, 2)]
    [InlineData("2023-01-01", 2, 0, 0, 5, 2, 2)]
    public async Task Counts_by_status_on_several_dates(string asOf, int completed, int notStarted, int inProgress, int pastDue, int ongoing, int unscheduled)
    {
        var stats = await StatisticsAsync(new { asOf, days = 30 });

        Assert.Equal(11, (int?)stats["total"]);
        var byStatus = stats["byStatus"]!.AsArray().ToDictionary(s => (string)s!["status"]!, s => (int)s!["count"]!);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["COMPLETED"] = completed, ["NOT_STARTED"] = notStarted, ["IN_PROGRESS"] = inProgress,
                ["PAST_DUE"] = pastDue, ["ONGOING"] = ongoing, ["UNSCHEDULED"] = unscheduled,
            },
            byStatus);
    }

    [Theory]
    [InlineData("2022-03-10", 30, new[] { 3 })]
    [InlineData("2022-03-10", 60, new[] { 3, 8, 10 })]
    [InlineData("2022-08-20", 45, new[] { 4, 9 })]
    [InlineData("2022-02-01", 60, new[] { 3 })]
    [InlineData("2022-12-01", 30, new int[0])]
    public async Task Due_soon_lists_open_items_ending_within_the_window_soonest_first(string asOf, int days, int[] numbers)
    {
        var stats = await StatisticsAsync(new { asOf, days });

        Assert.Equal(numbers, stats["dueSoon"]!.AsArray().Select(n => (int)n!["number"]!));
    }

    [Fact]
    public async Task The_where_filter_is_the_one_planItems_takes()
    {
        var stats = await StatisticsAsync(new { asOf = "2022-03-10", days = 366, where = new { schedule = new { kind = new { eq = "MONTH" } } } });

        Assert.Equal(4, (int?)stats["total"]);
        Assert.Equal([8, 4], stats["dueSoon"]!.AsArray().Select(n => (int)n!["number"]!));
        var byLead = Assert.Single(stats["byLeadAgency"]!.AsArray())!;
        Assert.Equal(("quang-ngai/so-tttt", 4), ((string)byLead["agency"]!["code"]!, (int)byLead["count"]!));
    }

    [Fact]
    public async Task A_filter_on_status_counts_only_that_status()
    {
        var stats = await StatisticsAsync(new { asOf = "2022-03-10", days = 30, where = new { status = new { eq = "IN_PROGRESS" } } });

        Assert.Equal(2, (int?)stats["total"]);
        Assert.Equal(2, stats["byStatus"]!.AsArray().Single(s => (string?)s!["status"] == "IN_PROGRESS")!["count"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public async Task Days_outside_the_allowed_range_is_an_error(int days)
    {
        var response = await api.CreateGraphQLClient().PostAsync(Query, new { asOf = "2022-03-10", days });

        Assert.Equal("INVALID_DAYS", (string?)response.SingleError["extensions"]!["code"]);
    }

    private async Task<JsonNode> StatisticsAsync(object variables) =>
        (await api.CreateGraphQLClient().DataAsync(Query, variables))["planItemStatistics"]!;
}
