using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>IdOperationFilterInput (global IDs decoded to natural keys) and the enum operation inputs.</summary>
[Collection(ApiCollection.Name)]
public sealed class IdAndEnumFilterTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task Id_eq_finds_the_item_with_that_global_id() =>
        Assert.Equal(new[] { 3 }, await IdsAsync("eq", SeedQueries.ItemId(3)));

    [Fact]
    public async Task Id_eq_of_an_unknown_item_finds_nothing() =>
        Assert.Empty(await IdsAsync("eq", SeedQueries.ItemId(99)));

    [Fact]
    public async Task Id_neq_finds_every_other_item() =>
        Assert.Equal(SeedQueries.AllItemsBut(3), await IdsAsync("neq", SeedQueries.ItemId(3)));

    [Fact]
    public async Task Id_in_finds_each_listed_item() =>
        Assert.Equal(new[] { 3, 5 }, await IdsAsync("in", new[] { SeedQueries.ItemId(5), SeedQueries.ItemId(3), SeedQueries.ItemId(99) }));

    [Fact]
    public async Task Id_nin_finds_the_unlisted_items() =>
        Assert.Equal(SeedQueries.AllItemsBut(3, 5), await IdsAsync("nin", new[] { SeedQueries.ItemId(5), SeedQueries.ItemId(3) }));

    [Fact]
    public async Task Agency_ids_filter_agencies()
    {
        var id = SeedQueries.GlobalId("Agency", "quang-ngai/so-tttt");

        Assert.Equal(new[] { "quang-ngai/so-tttt" }, await api.CreateGraphQLClient().AgenciesAsync("where: { id: { eq: $id } }", new { id }, "$id: ID"));
    }

    [Fact]
    public async Task Ids_reach_related_objects()
    {
        var plan = SeedQueries.GlobalId("Plan", SeedQueries.PlanKey);

        Assert.Equal(SeedQueries.AllItems, await api.CreateGraphQLClient().ItemsAsync("where: { plan: { id: { eq: $plan } } }", new { plan }, "$plan: ID"));
    }

    [Theory]
    [InlineData("eq", "Agency", "quang-ngai/so-tttt")]
    [InlineData("neq", "Plan", SeedQueries.PlanKey)]
    [InlineData("eq", "LegalDocument", SeedQueries.PlanKey)]
    public async Task An_id_of_another_type_is_a_clear_error(string operation, string typeName, string key)
    {
        var id = SeedQueries.GlobalId(typeName, key);

        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", $"query($id: ID) {{ planItems(where: {{ id: {{ {operation}: $id }} }}) {{ nodes {{ number }} }} }}", new { id });

        Assert.Equal($"The ID `{id}` given to filter `id` is not an ID of a PlanItem.", (string?)error["message"]);
        Assert.Equal("INVALID_ID", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task An_id_of_another_type_inside_in_is_a_clear_error()
    {
        var agency = SeedQueries.GlobalId("Agency", "quang-ngai/so-tttt");

        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", "query($ids: [ID]) { planItems(where: { id: { in: $ids } }) { nodes { number } } }", new { ids = new[] { SeedQueries.ItemId(3), agency } });

        Assert.Equal($"The ID `{agency}` given to filter `id` is not an ID of a PlanItem.", (string?)error["message"]);
    }

    [Fact]
    public async Task A_malformed_id_is_a_clear_error()
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", """{ planItems(where: { id: { eq: "not an id" } }) { nodes { number } } }""");

        Assert.Equal("The ID `not an id` given to filter `id` is not an ID of a PlanItem.", (string?)error["message"]);
    }

    [Theory]
    [InlineData("eq: QUARTER", new[] { 3, 9 })]
    [InlineData("eq: DAY", new int[] { })]
    [InlineData("neq: QUARTER", new[] { 1, 2, 4, 5, 6, 7, 8, 10, 11 })]
    [InlineData("in: [EXTERNAL, RECURRING]", new[] { 5, 6, 7, 11 })]
    [InlineData("in: [YEAR, DAY_RANGE]", new int[] { })]
    [InlineData("nin: [MONTH, QUARTER]", new[] { 5, 6, 7, 10, 11 })]
    [InlineData("in: []", new int[] { })]
    public async Task Schedule_kind(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ schedule: {{ kind: {{ {operations} }} }} }}"));

    [Theory]
    [InlineData("eq: PARTICIPANT", new[] { 5 })]
    [InlineData("eq: LEAD", new int[] { })]
    [InlineData("neq: PARTICIPANT", new[] { 1, 2, 4, 8, 10, 11 })]
    [InlineData("in: [COORDINATING, ADVISORY]", new[] { 1, 2, 4, 8, 10, 11 })]
    [InlineData("nin: [COORDINATING]", new[] { 5 })]
    public async Task Assignment_role_in_a_nested_connection(string operations, int[] expected)
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ agency(code: "quang-ngai/thanh-vien-bcd-cds") { assignments(first: 100, where: { role: { {{operations}} } }) { totalCount nodes { item { number } } } } }""");

        var assignments = data["agency"]!["assignments"]!;
        Assert.Equal(expected, assignments["nodes"]!.AsArray().Select(n => (int)n!["item"]!["number"]!));
        Assert.Equal(expected.Length, (int)assignments["totalCount"]!);
    }

    [Theory]
    // The ministries of the registry: those before and after the 2025 reorganisation (NQ 176/2025/QH15), and the bodies of ministerial rank.
    [InlineData("eq: MINISTRY", new[] { "viet-nam/bo-cong-an", "viet-nam/bo-cong-thuong", "viet-nam/bo-dttg", "viet-nam/bo-gddt", "viet-nam/bo-gtvt", "viet-nam/bo-khcn", "viet-nam/bo-khdt", "viet-nam/bo-ldtbxh", "viet-nam/bo-ngoai-giao", "viet-nam/bo-nnmt", "viet-nam/bo-nnptnt", "viet-nam/bo-noi-vu", "viet-nam/bo-quoc-phong", "viet-nam/bo-tai-chinh", "viet-nam/bo-tnmt", "viet-nam/bo-tttt", "viet-nam/bo-tu-phap", "viet-nam/bo-vhttdl", "viet-nam/bo-xay-dung", "viet-nam/bo-y-te", "viet-nam/nhnn", "viet-nam/thanh-tra-chinh-phu", "viet-nam/ubdt", "viet-nam/van-phong-chinh-phu" })]
    [InlineData("in: [MINISTRY, NATIONAL_COMMITTEE]", new[] { "viet-nam/bo-cong-an", "viet-nam/bo-cong-thuong", "viet-nam/bo-dttg", "viet-nam/bo-gddt", "viet-nam/bo-gtvt", "viet-nam/bo-khcn", "viet-nam/bo-khdt", "viet-nam/bo-ldtbxh", "viet-nam/bo-ngoai-giao", "viet-nam/bo-nnmt", "viet-nam/bo-nnptnt", "viet-nam/bo-noi-vu", "viet-nam/bo-quoc-phong", "viet-nam/bo-tai-chinh", "viet-nam/bo-tnmt", "viet-nam/bo-tttt", "viet-nam/bo-tu-phap", "viet-nam/bo-vhttdl", "viet-nam/bo-xay-dung", "viet-nam/bo-y-te", "viet-nam/nhnn", "viet-nam/thanh-tra-chinh-phu", "viet-nam/ubdt", "viet-nam/ubqg-cds", "viet-nam/van-phong-chinh-phu" })]
    [InlineData("eq: RESPONSE_TEAM", new string[] { })]
    public async Task Agency_kind(string operations, string[] expected) =>
        Assert.Equal(SeedQueries.Codes(expected), await api.CreateGraphQLClient().AgenciesAsync($"where: {{ kind: {{ {operations} }} }}"));

    [Theory]
    // Of the registry's 65 agencies, 5 are enterprises and 12 provincial departments.
    [InlineData("neq: ENTERPRISE", 60)]
    [InlineData("nin: [ENTERPRISE, PROVINCIAL_DEPARTMENT]", 48)]
    public async Task Agency_kind_negated(string operations, int expected) =>
        Assert.Equal(expected, (await api.CreateGraphQLClient().AgenciesAsync($"where: {{ kind: {{ {operations} }} }}")).Count);

    [Theory]
    [InlineData("eq: AT_LEAST", new[] { "ho-gia-dinh-co-cap-quang" })]
    [InlineData("eq: AT_MOST", new string[] { })]
    [InlineData("neq: AT_LEAST", new[] { "phu-song-bang-rong-di-dong-thon-ban", "nguoi-dan-su-dung-ung-dung-dinh-danh-so" })]
    [InlineData("in: [EQUAL, MORE_THAN]", new[] { "phu-song-bang-rong-di-dong-thon-ban", "nguoi-dan-su-dung-ung-dung-dinh-danh-so" })]
    [InlineData("nin: [EQUAL]", new[] { "ho-gia-dinh-co-cap-quang", "nguoi-dan-su-dung-ung-dung-dinh-danh-so" })]
    public async Task Indicator_comparator(string operations, string[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().IndicatorsAsync($"where: {{ comparator: {{ {operations} }} }}"));

    [Theory]
    [InlineData("in: [DECISION, SUBMISSION]", new[] { "1439/QĐ-UBND", "1742/QĐ-UBND", "2712/TTr-STTTT" })]
    [InlineData("eq: PLAN", new[] { "119/KH-UBND", "04/KH-BCĐ" })]
    [InlineData("nin: [PLAN, DECISION]", new[] { "2712/TTr-STTTT" })]
    public async Task Document_kind(string operations, string[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().DocumentsAsync($"where: {{ kind: {{ {operations} }} }}"));

    private Task<int[]> IdsAsync(string operation, object value) =>
        api.CreateGraphQLClient().ItemsAsync(
            $"where: {{ id: {{ {operation}: $value }} }}",
            new { value },
            value is string ? "$value: ID" : "$value: [ID]");
}
