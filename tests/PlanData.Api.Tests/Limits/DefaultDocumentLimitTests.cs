using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Limits.Documents;

namespace PlanData.Api.Tests.Limits;

/// <summary>GraphQL:Limits:MaxTokens, 10,000 by default, and MaxParserDepth, 128 AST levels by default.</summary>
[Collection(ApiCollection.Name)]
public sealed class DefaultDocumentLimitTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task Ten_thousand_tokens_parse()
    {
        var response = await api.CreateGraphQLClient().PostAsync(PlansWithTokens(10_000));

        response.AssertAnswered();
    }

    [Fact]
    public async Task Ten_thousand_and_one_tokens_are_refused()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(PlansWithTokens(10_001))).AssertRefused();

        Assert.Equal("HC0011", error.Code());
        Assert.StartsWith("Document contains more than 10000 tokens.", (string?)error["message"]);
    }

    [Theory]
    [InlineData(121)]
    [InlineData(122)]
    public async Task Lists_nested_as_deep_as_the_parser_allows_reach_validation(int lists)
    {
        // Document, operation, selection set, field, arguments, argument: 6 levels before the first list.
        var error = (await api.CreateGraphQLClient().PostAsync(NestedIds(lists))).AssertRefused();

        Assert.NotEqual("HC0011", error.Code());
    }

    [Fact]
    public async Task One_list_deeper_is_refused_by_the_parser()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(NestedIds(123))).AssertRefused();

        Assert.Equal("HC0011", error.Code());
        Assert.Equal("Document nests deeper than the parser allows (128 levels). Parsing aborted. The limit is the setting GraphQL:Limits:MaxParserDepth.", (string?)error["message"]);
    }

    private static string NestedIds(int lists) => "{ nodes(ids: " + Repeat("[", lists) + Repeat("]", lists) + ") { id } }";
}
