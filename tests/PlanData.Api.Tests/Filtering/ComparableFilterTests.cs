using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>Int, Float, Date and Boolean operation inputs, each operation with a value that matches and one that does not.</summary>
[Collection(ApiCollection.Name)]
public sealed class ComparableFilterTests(PlanDataApiFactory api)
{
    private const string Fibre = "ho-gia-dinh-co-cap-quang";
    private const string Coverage = "phu-song-bang-rong-di-dong-thon-ban";
    private const string Identity = "nguoi-dan-su-dung-ung-dung-dinh-danh-so";

    [Theory]
    [InlineData("eq: 3", new[] { 3 })]
    [InlineData("eq: 12", new int[] { })]
    [InlineData("neq: 3", new[] { 1, 2, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("in: [1, 5, 9]", new[] { 1, 5, 9 })]
    [InlineData("in: [0, 12]", new int[] { })]
    [InlineData("nin: [1, 5, 9]", new[] { 2, 3, 4, 6, 7, 8, 10, 11 })]
    [InlineData("gt: 9", new[] { 10, 11 })]
    [InlineData("gt: 11", new int[] { })]
    [InlineData("ngt: 9", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData("gte: 10", new[] { 10, 11 })]
    [InlineData("ngte: 10", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData("lt: 3", new[] { 1, 2 })]
    [InlineData("lt: 1", new int[] { })]
    [InlineData("nlt: 3", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("lte: 2", new[] { 1, 2 })]
    [InlineData("nlte: 2", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("gt: 3, lt: 6", new[] { 4, 5 })]
    public async Task Int_operations_on_item_number(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ number: {{ {operations} }} }}"));

    [Theory]
    [InlineData("eq: 70", new[] { Fibre })]
    [InlineData("eq: 70.5", new string[] { })]
    [InlineData("neq: 70", new[] { Coverage, Identity })]
    [InlineData("in: [30, 100]", new[] { Coverage, Identity })]
    [InlineData("nin: [30, 100]", new[] { Fibre })]
    [InlineData("gt: 69.5", new[] { Fibre, Coverage })]
    [InlineData("gt: 100", new string[] { })]
    [InlineData("ngt: 70", new[] { Fibre, Identity })]
    [InlineData("gte: 70", new[] { Fibre, Coverage })]
    [InlineData("ngte: 70", new[] { Identity })]
    [InlineData("lt: 70", new[] { Identity })]
    [InlineData("lt: 30", new string[] { })]
    [InlineData("nlt: 70", new[] { Fibre, Coverage })]
    [InlineData("lte: 70", new[] { Fibre, Identity })]
    [InlineData("nlte: 70", new[] { Coverage })]
    public async Task Float_operations_on_indicator_target_value(string operations, string[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().IndicatorsAsync($"where: {{ targetValue: {{ {operations} }} }}"));

    [Theory]
    [InlineData("eq: \"2022-02-28\"", new[] { 1, 2 })]
    [InlineData("eq: \"2022-02-27\"", new int[] { })]
    [InlineData("neq: \"2022-02-28\"", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("in: [\"2022-02-28\", \"2022-09-30\"]", new[] { 1, 2, 4, 9 })]
    [InlineData("nin: [\"2022-02-28\", \"2022-09-30\"]", new[] { 3, 5, 6, 7, 8, 10, 11 })]
    [InlineData("gt: \"2022-04-30\"", new[] { 4, 9 })]
    [InlineData("gt: \"2022-09-30\"", new int[] { })]
    [InlineData("ngt: \"2022-04-30\"", new[] { 1, 2, 3, 5, 6, 7, 8, 10, 11 })]
    [InlineData("gte: \"2022-04-30\"", new[] { 4, 8, 9, 10 })]
    [InlineData("ngte: \"2022-04-30\"", new[] { 1, 2, 3, 5, 6, 7, 11 })]
    [InlineData("lt: \"2022-03-31\"", new[] { 1, 2 })]
    [InlineData("lt: \"2022-02-28\"", new int[] { })]
    [InlineData("nlt: \"2022-03-31\"", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("lte: \"2022-03-31\"", new[] { 1, 2, 3 })]
    [InlineData("nlte: \"2022-03-31\"", new[] { 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("gte: \"2022-03-01\", lte: \"2022-04-30\"", new[] { 3, 8, 10 })]
    public async Task Date_operations_on_the_schedule_end(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ schedule: {{ end: {{ {operations} }} }} }}"));

    [Theory]
    [InlineData("eq: \"2022-03-10\"", new[] { "04/KH-BCĐ" })]
    [InlineData("eq: \"2022-03-11\"", new string[] { })]
    [InlineData("lt: \"2022-03-10\"", new string[] { })]
    [InlineData("gte: \"2022-01-01\", lte: \"2022-12-31\"", new[] { "04/KH-BCĐ" })]
    public async Task Date_operations_on_the_plan_issue_date(string operations, string[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().PlansAsync($"where: {{ issuedOn: {{ {operations} }} }}"));

    [Theory]
    [InlineData("lt: \"2021-10-01\"", new[] { "119/KH-UBND", "1439/QĐ-UBND" })]
    [InlineData("in: [\"2021-11-08\", \"2022-03-07\"]", new[] { "1742/QĐ-UBND", "2712/TTr-STTTT" })]
    [InlineData("gt: \"2022-03-10\"", new string[] { })]
    public async Task Date_operations_on_document_issue_dates(string operations, string[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().DocumentsAsync($"where: {{ issuedOn: {{ {operations} }} }}"));

    [Theory]
    [InlineData("eq: true", new[] { 1, 2 })]
    [InlineData("eq: false", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("neq: true", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("neq: false", new[] { 1, 2 })]
    public async Task Boolean_operations_on_completed_at_issue(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ completedAtIssue: {{ {operations} }} }}"));

    [Theory]
    [InlineData("eq: true", new[] { "quang-ngai/cac-so-ban-nganh", "quang-ngai/co-quan-lien-quan", "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/ubnd-cac-huyen" })]
    [InlineData("neq: false", new[] { "quang-ngai/cac-so-ban-nganh", "quang-ngai/co-quan-lien-quan", "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/ubnd-cac-huyen" })]
    public async Task Boolean_operations_on_is_collective(string operations, string[] expected) =>
        Assert.Equal(SeedQueries.Codes(expected), await api.CreateGraphQLClient().AgenciesAsync($"where: {{ isCollective: {{ {operations} }} }}"));

    [Fact]
    public async Task Is_collective_false_is_every_other_agency()
    {
        var client = api.CreateGraphQLClient();
        var all = await client.AgenciesAsync("where: null");
        var single = await client.AgenciesAsync("where: { isCollective: { eq: false } }");

        Assert.Equal(65, all.Count);
        Assert.Equal(61, single.Count);
        Assert.DoesNotContain("quang-ngai/thanh-vien-bcd-cds", single);
        Assert.Contains("quang-ngai/so-tttt", single);
    }
}
