using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>StringOperationFilterInput's ordinal operations: exact text, case-sensitive, like Hot Chocolate.</summary>
[Collection(ApiCollection.Name)]
public sealed class StringFilterTests(PlanDataApiFactory api)
{
    private const string Item6 = "Tham gia Hội nghị hợp tác phát triển CNTT-TT Việt Nam lần thứ XXIV";
    private const string Item7 = "Chỉ đạo, điều phối hoạt động ứng cứu sự cố an toàn thông tin mạng";
    private const string Item6Lower = "tham gia hội nghị hợp tác phát triển cntt-tt việt nam lần thứ xxiv";

    [Theory]
    [InlineData(Item6, new[] { 6 })]
    [InlineData(Item6Lower, new int[] { })]
    [InlineData("Tham gia", new int[] { })]
    public async Task Eq_matches_the_whole_text_exactly(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("eq", text));

    [Theory]
    [InlineData(Item6, new[] { 1, 2, 3, 4, 5, 7, 8, 9, 10, 11 })]
    [InlineData(Item6Lower, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task Neq_excludes_only_the_exact_text(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("neq", text));

    [Theory]
    [InlineData("Ban Chỉ đạo", new[] { 1, 2, 4, 5, 8 })]
    [InlineData("ban chỉ đạo", new int[] { })]
    [InlineData("chuyển đổi số", new[] { 4, 8, 9, 10, 11 })]
    [InlineData("Chuyển đổi số", new[] { 1 })]
    [InlineData("chuyen doi so", new int[] { })]
    public async Task Contains_is_ordinal_and_case_sensitive(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("contains", text));

    [Theory]
    [InlineData("Ban Chỉ đạo", new[] { 3, 6, 7, 9, 10, 11 })]
    [InlineData("ban chỉ đạo", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task Ncontains_keeps_the_rest(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("ncontains", text));

    [Theory]
    [InlineData("Ký kết", new[] { 9, 10 })]
    [InlineData("ký kết", new int[] { })]
    [InlineData("Tham", new[] { 5, 6 })]
    [InlineData("tham", new int[] { })]
    [InlineData("THAM", new int[] { })]
    [InlineData("", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData(Item6 + " thêm", new int[] { })]
    public async Task StartsWith_is_case_sensitive(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("startsWith", text));

    [Theory]
    [InlineData("Ký kết", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 11 })]
    [InlineData("ký kết", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task NstartsWith_keeps_the_rest(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("nstartsWith", text));

    [Theory]
    [InlineData("Ban Chỉ đạo", new[] { 1, 2, 5 })]
    [InlineData("ban chỉ đạo", new int[] { })]
    [InlineData("XXIV", new[] { 6 })]
    [InlineData("xxiv", new int[] { })]
    [InlineData(Item6 + " ", new int[] { })]
    [InlineData("Mục " + Item6, new int[] { })]
    [InlineData(Item6, new[] { 6 })]
    [InlineData("", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task EndsWith_is_case_sensitive(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("endsWith", text));

    [Theory]
    [InlineData("Ban Chỉ đạo", new[] { 3, 4, 6, 7, 8, 9, 10, 11 })]
    [InlineData("xxiv", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task NendsWith_keeps_the_rest(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("nendsWith", text));

    [Theory]
    [InlineData(new[] { Item6, Item7 }, new[] { 6, 7 })]
    [InlineData(new[] { Item6Lower }, new int[] { })]
    public async Task In_matches_any_of_the_texts_exactly(string[] texts, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync("where: { title: { in: $texts } }", new { texts }, "$texts: [String]"));

    [Theory]
    [InlineData(new[] { Item6, Item7 }, new[] { 1, 2, 3, 4, 5, 8, 9, 10, 11 })]
    [InlineData(new[] { Item6Lower }, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task Nin_excludes_the_texts(string[] texts, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync("where: { title: { nin: $texts } }", new { texts }, "$texts: [String]"));

    [Theory]
    [InlineData("""{ and: [{ contains: "Ban Chỉ đạo" }, { startsWith: "Tham" }] }""", new[] { 5 })]
    [InlineData("""{ or: [{ startsWith: "Ký kết" }, { endsWith: "XXIV" }] }""", new[] { 6, 9, 10 })]
    [InlineData("""{ contains: "Ban Chỉ đạo", nstartsWith: "Ban" }""", new[] { 2, 4, 5, 8 })]
    [InlineData("""{ or: [{ and: [{ contains: "Ban Chỉ đạo" }, { nstartsWith: "Ban" }] }, { startsWith: "Chỉ đạo, điều" }] }""", new[] { 2, 4, 5, 7, 8 })]
    [InlineData("""{ and: [{ or: [{ startsWith: "Ký" }, { startsWith: "Khai" }] }, { ncontains: "“" }] }""", new[] { 3, 10 })]
    public async Task And_and_or_combine_operations_on_one_field(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ title: {operations} }}"));

    [Theory]
    [InlineData("contains", "Họp", new[] { 4 })]
    [InlineData("ncontains", "Họp", new[] { 1, 2, 3, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("startsWith", "Tham gia", new[] { 5 })]
    [InlineData("endsWith", "năm 2023.", new[] { 4 })]
    [InlineData("nendsWith", "năm 2023.", new[] { 1, 2, 3, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task On_a_nullable_field_a_missing_value_matches_only_the_negated_operations(string operation, string text, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ content: {{ {operation}: $text }} }}", new { text }, "$text: String"));

    [Theory]
    [InlineData("startsWith", "Sở", new[] { "quang-ngai/so-cong-thuong", "quang-ngai/so-gddt", "quang-ngai/so-gtvt", "quang-ngai/so-khcn", "quang-ngai/so-khdt", "quang-ngai/so-nnptnt", "quang-ngai/so-noi-vu", "quang-ngai/so-tai-chinh", "quang-ngai/so-tttt", "quang-ngai/so-tu-phap", "quang-ngai/so-xay-dung", "quang-ngai/so-y-te" })]
    [InlineData("startsWith", "sở", new string[] { })]
    [InlineData("contains", "sở", new[] { "quang-ngai/cac-so-ban-nganh" })]
    [InlineData("endsWith", "Chính phủ", new[] { "viet-nam/chinh-phu", "viet-nam/thanh-tra-chinh-phu", "viet-nam/thu-tuong-chinh-phu", "viet-nam/van-phong-chinh-phu" })]
    [InlineData("endsWith", "chính phủ", new string[] { })]
    public async Task Agency_names_match_case_sensitively(string operation, string text, string[] expected) =>
        Assert.Equal(SeedQueries.Codes(expected), await api.CreateGraphQLClient().AgenciesAsync($"where: {{ name: {{ {operation}: $text }} }}", new { text }, "$text: String"));

    private Task<int[]> TitleAsync(string operation, string text) =>
        api.CreateGraphQLClient().ItemsAsync($"where: {{ title: {{ {operation}: $text }} }}", new { text }, "$text: String");
}
