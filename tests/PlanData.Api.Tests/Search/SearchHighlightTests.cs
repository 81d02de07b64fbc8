using System.Text;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchHighlightTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("chuyen doi so")]
    [InlineData("CHUYỂN ĐỔI SỐ")]
    public async Task The_original_words_are_marked_with_their_diacritics(string text)
    {
        var search = await api.CreateGraphQLClient().SearchAsync(text, first: 100);

        var plan = Assert.Single(search.Edges(), e => (string?)e["node"]!["__typename"] == "Plan");
        var highlight = (string)plan["highlight"]!;
        Assert.Equal("Hoạt động của Ban Chỉ đạo <mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark> tỉnh Quảng Ngãi năm 2022", highlight);
        Assert.True(highlight.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task Ampersand_and_angle_brackets_of_the_text_are_escaped_and_only_the_marks_are_tags()
    {
        var search = await api.CreateGraphQLClient().SearchAsync("Sở TT&TT");

        var agency = Assert.Single(search.Edges());
        Assert.Equal("quang-ngai/so-tttt", (string?)agency["node"]!["code"]);
        Assert.Equal("<mark>Sở</mark> <mark>TT</mark>&amp;<mark>TT</mark>", (string?)agency["highlight"]);
    }

    [Fact]
    public async Task A_number_is_marked_part_by_part()
    {
        var search = await api.CreateGraphQLClient().SearchAsync("04/kh-bcd");

        var document = Assert.Single(search.Edges());
        Assert.Equal("LegalDocument", (string?)document["node"]!["__typename"]);
        Assert.Equal("<mark>04</mark>/<mark>KH</mark>-<mark>BCĐ</mark>", (string?)document["highlight"]);
    }
}
