using GraphQL;
using PlanData.Api.Search;

namespace PlanData.Api.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Words_are_folded_and_cut_into_tokens()
    {
        var query = SearchQuery.Parse("  CHUYỂN  đổi \"SỐ\" 04/KH-BCĐ ** ");

        Assert.Equal([["chuyen"], ["doi"], ["so"], ["04", "kh", "bcd"]], query.Phrases.Select(p => p.ToArray()));
        Assert.Equal(["04", "bcd", "chuyen", "doi", "kh", "so"], query.Terms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Punctuation_only_is_an_empty_query_not_an_error()
    {
        Assert.True(SearchQuery.Parse("\" * ( - ").IsEmpty);
        Assert.Equal([["near"]], SearchQuery.Parse("NEAR(").Phrases.Select(p => p.ToArray()));
    }

    [Theory]
    [InlineData(null, 0, "SEARCH_TEXT_EMPTY")]
    [InlineData(" \t", 0, "SEARCH_TEXT_EMPTY")]
    [InlineData("a", 201, "SEARCH_TEXT_TOO_LONG")]
    [InlineData("số ", 100, "SEARCH_TEXT_TOO_LONG")]
    public void Empty_and_long_texts_are_the_clients_errors(string? word, int repeat, string code)
    {
        var text = repeat == 0 ? word : string.Concat(Enumerable.Repeat(word, repeat)) + "x";

        var error = Assert.ThrowsAny<ExecutionError>(() => SearchQuery.Parse(text));

        Assert.Equal(code, error.Code);
    }
}
