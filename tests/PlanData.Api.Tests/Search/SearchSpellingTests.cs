using System.Text;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Search;

/// <summary>However Vietnamese is typed — without diacritics, in capitals, decomposed, d for đ — it finds the same things.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchSpellingTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("chuyen doi so", false)]
    [InlineData("CHUYỂN ĐỔI SỐ", false)]
    [InlineData("chuyển đổi số", true)]
    [InlineData("  Chuyển   đổi\tsố ", false)]
    public async Task Every_spelling_of_chuyen_doi_so_finds_the_same_hits(string spelling, bool decomposed)
    {
        var client = api.CreateGraphQLClient();
        var text = decomposed ? spelling.Normalize(NormalizationForm.FormD) : spelling;
        if (decomposed)
        {
            Assert.NotEqual("chuyển đổi số", text);
        }

        var expected = await client.SearchAsync("chuyển đổi số", first: 100);
        var actual = await client.SearchAsync(text, first: 100);

        Assert.Contains(expected.Edges(), e => (string?)e["node"]!["__typename"] == "Plan");
        Assert.True(expected.Hits().Count >= 10, string.Join("\n", expected.Hits()));
        Assert.Equal(expected.Hits(), actual.Hits());
        Assert.Equal((int?)expected["totalCount"], (int?)actual["totalCount"]);
    }

    [Theory]
    [InlineData("dinh danh so")]
    [InlineData("đinh danh so")]
    [InlineData("ĐỊNH DANH SỐ")]
    [InlineData("Dinh Danh So")]
    public async Task D_and_dj_spellings_of_dinh_danh_so_find_the_same_hits(string spelling)
    {
        var client = api.CreateGraphQLClient();

        var expected = await client.SearchAsync("định danh số", first: 100);
        var actual = await client.SearchAsync(spelling, first: 100);

        Assert.Contains(expected.Edges(), e => (string?)e["node"]!["__typename"] == "Indicator");
        Assert.Equal(expected.Hits(), actual.Hits());
    }
}
