using PlanData.Api.Tests.Filtering;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Sorting;

/// <summary>
/// Each sortable kind of field, nested sorts and several keys. Texts sort ordinally (by code point, as
/// SQLite's BINARY collation does), nulls come first ascending, enums in their declared order.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SortTests(PlanDataApiFactory api)
{
    private const string Fibre = "ho-gia-dinh-co-cap-quang";
    private const string Coverage = "phu-song-bang-rong-di-dong-thon-ban";
    private const string Identity = "nguoi-dan-su-dung-ung-dung-dinh-danh-so";

    [Theory]
    [InlineData("{ title: ASC }", new[] { 1, 11, 7, 4, 3, 10, 9, 8, 2, 5, 6 })]
    [InlineData("{ title: DESC }", new[] { 6, 5, 2, 8, 9, 10, 3, 4, 7, 11, 1 })]
    [InlineData("{ number: DESC }", new[] { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 })]
    [InlineData("{ number: ASC }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("{ code: DESC }", new[] { 9, 8, 7, 6, 5, 4, 3, 2, 11, 10, 1 })]
    [InlineData("{ completedAtIssue: ASC }", new[] { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 })]
    [InlineData("{ completedAtIssue: DESC }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("{ content: DESC }", new[] { 5, 4, 1, 2, 3, 6, 7, 8, 9, 10, 11 })]
    [InlineData("{ content: ASC }", new[] { 1, 2, 3, 6, 7, 8, 9, 10, 11, 4, 5 })]
    public async Task Item_fields(string order, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"order: [{order}]"));

    [Theory]
    [InlineData("{ schedule: { end: ASC } }", new[] { 5, 6, 7, 11, 1, 2, 3, 8, 10, 4, 9 })]
    [InlineData("{ schedule: { end: DESC } }", new[] { 4, 9, 8, 10, 3, 1, 2, 5, 6, 7, 11 })]
    [InlineData("{ schedule: { start: ASC } }", new[] { 5, 6, 7, 11, 3, 1, 2, 10, 8, 9, 4 })]
    public async Task Dates_put_nulls_first_ascending_and_last_descending(string order, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"order: [{order}]"));

    [Theory]
    [InlineData("{ schedule: { kind: ASC } }", new[] { 1, 2, 4, 8, 10, 3, 9, 7, 11, 5, 6 })]
    [InlineData("{ schedule: { kind: DESC } }", new[] { 5, 6, 7, 11, 3, 9, 10, 1, 2, 4, 8 })]
    public async Task Stored_enums_sort_in_their_declared_order(string order, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"order: [{order}]"));

    [Theory]
    [InlineData("ASC", new[] { 1, 2, 4, 8, 9, 3, 10, 7, 11, 5, 6 })]
    [InlineData("DESC", new[] { 5, 6, 7, 11, 3, 10, 4, 8, 9, 1, 2 })]
    public async Task Computed_status_sorts_in_its_declared_order_as_of_the_request_date(string direction, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"asOf: \"2022-03-10\", order: [{{ status: {direction} }}]"));

    [Theory]
    [InlineData("ASC", new[] { 1, 2, 7, 3, 4, 5, 6, 8, 9, 10, 11 })]
    [InlineData("DESC", new[] { 3, 4, 5, 6, 8, 9, 10, 11, 1, 2, 7 })]
    public async Task Assignment_roles_sort_in_their_declared_order(string direction, int[] expected)
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ agency(code: "quang-ngai/so-tttt") { assignments(first: 100, order: [{ role: {{direction}} }]) { nodes { item { number } } } } }""");

        Assert.Equal(expected, data["agency"]!["assignments"]!["nodes"]!.AsArray().Select(n => (int)n!["item"]!["number"]!));
    }

    [Theory]
    [InlineData("{ comparator: ASC }", new[] { Fibre, Identity, Coverage })]
    [InlineData("{ comparator: DESC }", new[] { Coverage, Identity, Fibre })]
    [InlineData("{ targetValue: ASC }", new[] { Identity, Fibre, Coverage })]
    [InlineData("{ targetValue: DESC }", new[] { Coverage, Fibre, Identity })]
    [InlineData("{ name: ASC }", new[] { Fibre, Identity, Coverage })]
    [InlineData("{ planItem: { number: DESC } }", new[] { Fibre, Coverage, Identity })]
    public async Task Indicator_fields(string order, string[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().IndicatorsAsync($"order: [{order}]"));

    [Fact]
    public async Task Agencies_by_name()
    {
        var codes = await api.CreateGraphQLClient().AgenciesAsync($"{SeedQueries.PlanAgencies}, order: [{{ name: ASC }}]");

        Assert.Equal(
            [
                "quang-ngai/bcd-cds", "quang-ngai/buu-dien-tinh", "viet-nam/bo-khcn", "viet-nam/bo-noi-vu", "viet-nam/bo-tttt", "viet-nam/chinh-phu",
                "quang-ngai/co-quan-lien-quan", "quang-ngai/cac-so-ban-nganh", "quang-ngai/cong-an-tinh", "quang-ngai/mobifone-quang-ngai",
                "quang-ngai/so-cong-thuong", "quang-ngai/so-gtvt", "quang-ngai/so-gddt", "quang-ngai/so-khcn", "quang-ngai/so-khdt", "quang-ngai/so-nnptnt",
                "quang-ngai/so-noi-vu", "quang-ngai/so-tttt", "quang-ngai/so-tai-chinh", "quang-ngai/so-tu-phap", "quang-ngai/so-xay-dung", "quang-ngai/so-y-te",
                "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/thuong-truc-tinh-uy", "viet-nam/thu-tuong-chinh-phu", "viet-nam/tap-doan-vnpt", "quang-ngai/tinh-uy",
                "quang-ngai/to-giup-viec-bcd-cds", "quang-ngai/vnpt-quang-ngai", "quang-ngai/viettel-quang-ngai", "quang-ngai/van-phong-ubnd", "viet-nam/ubqg-cds",
                "quang-ngai/ubnd-cac-huyen", "quang-ngai/ubnd-tinh",
            ],
            codes);
    }

    [Fact]
    public async Task Nullable_text_puts_nulls_first_then_sorts_the_rest()
    {
        var codes = await api.CreateGraphQLClient().AgenciesAsync($"{SeedQueries.PlanAgencies}, order: [{{ shortName: ASC }}]");

        Assert.Equal(34, codes.Count);
        Assert.Equal(codes.Take(21).Order(StringComparer.Ordinal), codes.Take(21));
        Assert.Contains("quang-ngai/thanh-vien-bcd-cds", codes.Take(21));
        Assert.Equal(
            [
                "quang-ngai/bcd-cds", "viet-nam/bo-khcn", "viet-nam/bo-tttt", "quang-ngai/so-gddt", "quang-ngai/so-gtvt", "quang-ngai/so-khcn", "quang-ngai/so-khdt",
                "quang-ngai/so-nnptnt", "quang-ngai/so-tttt", "viet-nam/tap-doan-vnpt", "quang-ngai/ubnd-cac-huyen", "quang-ngai/ubnd-tinh", "quang-ngai/van-phong-ubnd",
            ],
            codes.Skip(21));
    }

    [Fact]
    public async Task Agencies_by_is_collective_then_code()
    {
        var codes = await api.CreateGraphQLClient().AgenciesAsync($"{SeedQueries.PlanAgencies}, order: [{{ isCollective: DESC }}]");

        Assert.Equal(["quang-ngai/cac-so-ban-nganh", "quang-ngai/co-quan-lien-quan", "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/ubnd-cac-huyen"], codes.Take(4));
        Assert.Equal(codes.Skip(4).Order(StringComparer.Ordinal), codes.Skip(4));
    }

    [Fact]
    public async Task Agencies_by_their_current_successor_s_name()
    {
        var codes = await api.CreateGraphQLClient().AgenciesAsync($"{SeedQueries.PlanAgencies}, order: [{{ currentSuccessor: {{ name: ASC }} }}]");

        Assert.Equal(
            [
                // ubqg-cds's current successor is "Ban Chỉ đạo của Chính phủ ...", after "Ban Chỉ đạo chuyển đổi số ..." ('h' < 'ủ').
                "quang-ngai/bcd-cds", "viet-nam/ubqg-cds", "quang-ngai/buu-dien-tinh", "viet-nam/bo-khcn", "viet-nam/bo-tttt", "viet-nam/bo-noi-vu", "viet-nam/chinh-phu",
                "quang-ngai/co-quan-lien-quan", "quang-ngai/cac-so-ban-nganh", "quang-ngai/cong-an-tinh", "quang-ngai/mobifone-quang-ngai",
                "quang-ngai/so-cong-thuong", "quang-ngai/so-gddt", "quang-ngai/so-khcn", "quang-ngai/so-tttt", "quang-ngai/so-nnptnt", "quang-ngai/so-noi-vu",
                "quang-ngai/so-khdt", "quang-ngai/so-tai-chinh", "quang-ngai/so-tu-phap", "quang-ngai/so-gtvt", "quang-ngai/so-xay-dung", "quang-ngai/so-y-te",
                "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/thuong-truc-tinh-uy", "viet-nam/thu-tuong-chinh-phu", "viet-nam/tap-doan-vnpt", "quang-ngai/tinh-uy",
                "quang-ngai/to-giup-viec-bcd-cds", "quang-ngai/vnpt-quang-ngai", "quang-ngai/viettel-quang-ngai", "quang-ngai/van-phong-ubnd",
                "quang-ngai/ubnd-cac-huyen", "quang-ngai/ubnd-tinh",
            ],
            codes);
    }

    [Theory]
    [InlineData("{ leadAgency: { name: ASC } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("{ leadAgency: { name: DESC } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("{ plan: { issuedOn: DESC } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("{ leadAgency: { currentSuccessor: { code: DESC } } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task Nested_objects_with_equal_keys_fall_back_to_the_natural_key(string order, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"order: [{order}]"));

    [Theory]
    [InlineData("{ schedule: { kind: ASC } }, { number: DESC }", new[] { 8, 4, 2, 1, 10, 9, 3, 11, 7, 6, 5 })]
    [InlineData("{ number: DESC }, { schedule: { kind: ASC } }", new[] { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 })]
    [InlineData("{ completedAtIssue: DESC }, { schedule: { end: DESC } }, { title: ASC }", new[] { 1, 2, 4, 9, 10, 8, 3, 11, 7, 5, 6 })]
    [InlineData("{ schedule: { end: ASC } }, { title: DESC }", new[] { 6, 5, 7, 11, 2, 1, 3, 8, 10, 9, 4 })]
    public async Task Several_keys_apply_in_the_order_given(string order, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"order: [{order}]"));

    [Fact]
    public async Task Sorting_applies_after_filtering() =>
        Assert.Equal(
            new[] { 4, 9, 8, 3, 1, 2 },
            await api.CreateGraphQLClient().ItemsAsync("where: { schedule: { kind: { in: [MONTH, QUARTER] } } }, order: [{ schedule: { end: DESC } }]"));

    [Fact]
    public async Task Nested_connections_sort_too()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""{ plans { nodes { items(first: 100, order: [{ title: DESC }]) { nodes { number } } } } }""");

        Assert.Equal([6, 5, 2, 8, 9, 10, 3, 4, 7, 11, 1], data["plans"]!["nodes"]![0]!["items"]!["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
    }
}
