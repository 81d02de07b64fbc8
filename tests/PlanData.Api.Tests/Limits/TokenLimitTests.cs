using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Limits.Documents;

namespace PlanData.Api.Tests.Limits;

/// <summary>A 200-token limit, small enough to count by hand, large enough for every trusted operation (146 at most).</summary>
public sealed class TwoHundredTokensApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["GraphQL:Limits:MaxTokens"] = "200" });

/// <summary>A token limit below the size of shipped trusted operations (ExportPlanItems has 129 tokens, PlanOverview 146).</summary>
public sealed class HundredTokensApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["GraphQL:Limits:MaxTokens"] = "100" });

/// <summary>
/// GraphQL:Limits:MaxTokens: documents are counted token by token before they are parsed, and refused
/// with HC0011 ("Parsing aborted") past the limit; comments are not tokens.
/// </summary>
public sealed class TokenLimitTests(TwoHundredTokensApi api) : IClassFixture<TwoHundredTokensApi>
{
    [Theory]
    [InlineData(199)]
    [InlineData(200)]
    public async Task A_document_of_up_to_two_hundred_tokens_runs(int tokens)
    {
        var response = await api.CreateGraphQLClient().PostAsync(PlansWithTokens(tokens));

        response.AssertAnswered();
    }

    [Fact]
    public async Task Two_hundred_and_one_tokens_are_refused_with_hc0011()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(PlansWithTokens(201))).AssertRefused();

        Assert.Equal("HC0011", error.Code());
        Assert.Equal("Document contains more than 200 tokens. Parsing aborted. The limit is the setting GraphQL:Limits:MaxTokens.", (string?)error["message"]);
        Assert.Equal(200, error.Extension("maxAllowedTokens"));
    }

    [Fact]
    public async Task Comments_are_not_counted()
    {
        var response = await api.CreateGraphQLClient().PostAsync("# the plans of 2022, asked for many times over\n" + PlansWithTokens(200) + " # and nothing else");

        response.AssertAnswered();
    }

    [Fact]
    public async Task Tokens_are_counted_before_the_document_is_parsed()
    {
        // 201 tokens that do not parse: the token count refuses them before the parser could see the error.
        var error = (await api.CreateGraphQLClient().PostAsync(PlansWithTokens(200) + " }")).AssertRefused();

        Assert.Equal("HC0011", error.Code());
        Assert.StartsWith("Document contains more than 200 tokens.", (string?)error["message"]);
    }

    [Fact]
    public async Task A_limit_below_a_shipped_trusted_operation_stops_the_start_and_names_both()
    {
        await using var tooFew = new HundredTokensApi();

        var failure = Assert.ThrowsAny<Exception>(() => tooFew.CreateClient());

        var message = failure.ToString();
        Assert.Contains("ExportPlanItems.graphql", message);
        Assert.Contains("GraphQL:Limits:MaxTokens", message);
    }
}
