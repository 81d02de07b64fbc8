using System.Text;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchTextTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \t\n ")]
    public async Task Empty_text_is_SEARCH_TEXT_EMPTY(string text)
    {
        var response = await api.CreateGraphQLClient().PostAsync(SearchClient.Query, new { text });

        Assert.Equal(200, response.Status);
        Assert.Equal("SEARCH_TEXT_EMPTY", (string?)response.SingleError["extensions"]!["code"]);
        Assert.Null(response.Body["data"]!["search"]);
    }

    [Fact]
    public async Task Text_over_two_hundred_characters_is_SEARCH_TEXT_TOO_LONG()
    {
        var text = new string('a', 201);

        var response = await api.CreateGraphQLClient().PostAsync(SearchClient.Query, new { text });

        var error = response.SingleError;
        Assert.Equal("SEARCH_TEXT_TOO_LONG", (string?)error["extensions"]!["code"]);
        Assert.Equal(201, (int?)error["extensions"]!["length"]);
        Assert.Equal(200, (int?)error["extensions"]!["maxLength"]);
        Assert.Null(response.Body["data"]!["search"]);
    }

    [Fact]
    public async Task Two_hundred_characters_are_allowed_counted_in_NFC()
    {
        // 20 × "chuyển số" + padding: 200 characters composed, far more decomposed.
        var composed = string.Concat(Enumerable.Repeat("chuyển số ", 20))[..199] + "x";
        Assert.Equal(200, composed.Length);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.True(decomposed.Length > 200);

        var client = api.CreateGraphQLClient();
        var search = await client.SearchAsync(composed);
        await client.SearchAsync(decomposed);

        Assert.Empty(search.Edges());
    }

    [Theory]
    [InlineData("chuyển \"đổi\" số")]
    [InlineData("chuyển đổi số*")]
    [InlineData("\"chuyển đổi số")]
    [InlineData("chuyển: đổi - số")]
    [InlineData("(chuyển) {đổi} [số]")]
    public async Task Quotes_stars_and_punctuation_are_plain_text(string text)
    {
        var client = api.CreateGraphQLClient();

        var expected = await client.SearchAsync("chuyển đổi số", first: 100);
        var actual = await client.SearchAsync(text, first: 100);

        Assert.Equal(expected.Hits(), actual.Hits());
    }

    [Theory]
    [InlineData("chuyển OR đổi")]
    [InlineData("NEAR(chuyển đổi)")]
    [InlineData("NEAR(")]
    [InlineData("chuyển AND NOT số")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("^chuyển")]
    [InlineData("title:chuyển")]
    [InlineData("chuyển + đổi - số")]
    [InlineData("'; DROP TABLE search_index; --")]
    public async Task Operators_and_syntax_in_the_text_cause_no_error(string text)
    {
        var search = await api.CreateGraphQLClient().SearchAsync(text);

        Assert.NotNull(search["totalCount"]);
        Assert.Equal(search.Edges().Count, Math.Min(10, (int)search["totalCount"]!));
    }

    [Fact]
    public async Task Operator_words_are_searched_as_words()
    {
        // "or" is not a word of any indexed text, so asking for it as well finds nothing.
        var search = await api.CreateGraphQLClient().SearchAsync("chuyển OR đổi");

        Assert.Equal(0, (int)search["totalCount"]!);
    }
}
