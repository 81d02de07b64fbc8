using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Limits.Documents;

namespace PlanData.Api.Tests.Limits;

/// <summary>No token limit to speak of, so that a deeply nested document reaches the parser.</summary>
public sealed class UnlimitedTokensApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["GraphQL:Limits:MaxTokens"] = "10000000" });

/// <summary>Nesting 10,000 deep is a clean parser error, not a stack overflow, and the server carries on.</summary>
public sealed class DeepNestingTests(UnlimitedTokensApi api) : IClassFixture<UnlimitedTokensApi>
{
    private const int Deep = 10_000;

    public static TheoryData<string> Nested => new()
    {
        "{ " + Repeat("plans { nodes { ", Deep / 2) + "number" + Repeat(" } }", Deep / 2) + " }",
        "{ nodes(ids: " + Repeat("[", Deep) + "\"x\"" + Repeat("]", Deep) + ") { id } }",
        "{ plans(where: " + Repeat("{ and: [", Deep) + "{}" + Repeat("] }", Deep) + ") { totalCount } }",
        "query($a: " + Repeat("[", Deep) + "Int" + Repeat("]", Deep) + ") { __typename }",
    };

    [Theory]
    [MemberData(nameof(Nested))]
    public async Task Ten_thousand_levels_are_refused_by_the_parser(string query)
    {
        var client = api.CreateGraphQLClient();

        var error = (await client.PostAsync(query)).AssertRefused();

        Assert.Equal("HC0011", error.Code());
        Assert.StartsWith("Document nests deeper than the parser allows", (string?)error["message"]);
        (await client.PostAsync("{ plans { totalCount } }")).AssertAnswered();
    }
}
