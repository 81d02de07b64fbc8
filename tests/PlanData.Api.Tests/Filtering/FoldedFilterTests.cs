using System.Text;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>The i-operations: text compared folded (lower case, no diacritics, đ→d, spaces collapsed), as users type it.</summary>
[Collection(ApiCollection.Name)]
public sealed class FoldedFilterTests(PlanDataApiFactory api)
{
    private static readonly int[] _digitalTransformation = [1, 4, 8, 9, 10, 11];

    [Theory]
    [InlineData("chuyen doi so")]
    [InlineData("CHUYỂN ĐỔI SỐ")]
    [InlineData("Chuyển đổi số")]
    [InlineData("chuyển đổi số")]
    [InlineData("  chuyen   doi\tso ")]
    [InlineData("CHUYEN DOI SO")]
    public async Task Icontains_ignores_case_diacritics_and_spacing(string text) =>
        Assert.Equal(_digitalTransformation, await TitleAsync("icontains", text));

    [Fact]
    public async Task Icontains_folds_decomposed_input()
    {
        var decomposed = "chuyển đổi số".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("chuyển đổi số", decomposed);

        Assert.Equal(_digitalTransformation, await TitleAsync("icontains", decomposed));
    }

    [Theory]
    [InlineData("ban chi dao")]
    [InlineData("Ban Chỉ Đạo")]
    [InlineData("BAN CHỈ ĐẠO")]
    [InlineData("ban chi đao")]
    public async Task Icontains_treats_d_with_stroke_as_d(string text) =>
        Assert.Equal(new[] { 1, 2, 4, 5, 8 }, await TitleAsync("icontains", text));

    [Theory]
    [InlineData("chuyen doi so quoc gia")]
    [InlineData("chuyendoiso")]
    public async Task Icontains_does_not_match_other_text(string text) =>
        Assert.Empty(await TitleAsync("icontains", text));

    [Theory]
    [InlineData("tham gia hoi nghi hop tac phat trien cntt-tt viet nam lan thu xxiv", new[] { 6 })]
    [InlineData("THAM GIA HỘI NGHỊ HỢP TÁC PHÁT TRIỂN CNTT-TT VIỆT NAM LẦN THỨ XXIV", new[] { 6 })]
    [InlineData(" Tham  gia Hội nghị hợp tác phát triển CNTT-TT Việt Nam lần thứ XXIV ", new[] { 6 })]
    [InlineData("tham gia hoi nghi", new int[] { })]
    public async Task Ieq_compares_the_whole_folded_text(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("ieq", text));

    [Theory]
    [InlineData("ky ket", new[] { 9, 10 })]
    [InlineData("KÝ KẾT", new[] { 9, 10 })]
    [InlineData("chi dao,", new[] { 7, 11 })]
    [InlineData("ket", new int[] { })]
    public async Task IstartsWith_compares_the_folded_start(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("istartsWith", text));

    [Theory]
    [InlineData("ban chi dao", new[] { 1, 2, 5 })]
    [InlineData("Ban Chỉ Đạo", new[] { 1, 2, 5 })]
    [InlineData("lan thu xxiv", new[] { 6 })]
    [InlineData("ban chi", new int[] { })]
    public async Task IendsWith_compares_the_folded_end(string text, int[] expected) =>
        Assert.Equal(expected, await TitleAsync("iendsWith", text));

    [Theory]
    [InlineData(new[] { "chi dao, dieu phoi hoat dong ung cuu su co an toan thong tin mang", "THAM GIA HỘI NGHỊ HỢP TÁC PHÁT TRIỂN CNTT-TT VIỆT NAM LẦN THỨ XXIV" }, new[] { 6, 7 })]
    [InlineData(new[] { "chi dao" }, new int[] { })]
    public async Task Iin_matches_any_folded_text(string[] texts, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync("where: { title: { iin: $texts } }", new { texts }, "$texts: [String]"));

    [Theory]
    [InlineData("ieq", "so thong tin va truyen thong", new[] { "quang-ngai/so-tttt" })]
    [InlineData("icontains", "ĐÀO TẠO", new[] { "quang-ngai/so-gddt", "viet-nam/bo-gddt" })]
    [InlineData("icontains", "dao tao", new[] { "quang-ngai/so-gddt", "viet-nam/bo-gddt" })]
    [InlineData("istartsWith", "uy ban", new[] { "quang-ngai/ubnd-cac-huyen", "quang-ngai/ubnd-tinh", "viet-nam/ubdt", "viet-nam/ubqg-cds", "viet-nam/ubtvqh" })]
    [InlineData("ieq", "so giao duc", new string[] { })]
    public async Task Agency_names_match_folded(string operation, string text, string[] expected) =>
        Assert.Equal(SeedQueries.Codes(expected), await api.CreateGraphQLClient().AgenciesAsync($"where: {{ name: {{ {operation}: $text }} }}", new { text }, "$text: String"));

    [Theory]
    [InlineData("""{ or: [{ istartsWith: "ky ket" }, { iendsWith: "xxiv" }] }""", new[] { 6, 9, 10 })]
    [InlineData("""{ icontains: "ban chi dao", nstartsWith: "Ban" }""", new[] { 2, 4, 5, 8 })]
    [InlineData("""{ and: [{ icontains: "chuyen doi so" }, { contains: "Quảng Ngãi" }] }""", new[] { 4, 9, 10 })]
    public async Task Folded_and_ordinal_operations_combine_on_one_field(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ title: {operations} }}"));

    private Task<int[]> TitleAsync(string operation, string text) =>
        api.CreateGraphQLClient().ItemsAsync($"where: {{ title: {{ {operation}: $text }} }}", new { text }, "$text: String");
}
