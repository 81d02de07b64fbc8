using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanData.Api.Transport;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Transport;

/// <summary>
/// A document that passed validation is not parsed and validated again; what a client sees stays what it saw the first time:
/// the same answers, variable errors for bad variables, validation errors for a document that never passed.
/// </summary>
public sealed class ValidatedDocumentTests(UncachedApiFactory api) : IClassFixture<UncachedApiFactory>
{
    private const string ByNumber = "query Item($n: Int!) { planItems(first: 1, where: { number: { eq: $n } }) { nodes { number title } } }";

    private ValidatedDocuments Kept => api.Services.GetRequiredService<ValidatedDocuments>();

    [Fact]
    public async Task A_document_seen_again_answers_as_it_did_the_first_time_with_its_own_variables()
    {
        var first = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, """{"n":3}""")));
        Assert.NotNull(Kept.Find(ByNumber));
        var again = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, """{"n":3}""")));
        var other = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, """{"n":4}""")));

        Assert.Equal(first.Text, again.Text);
        Assert.Equal(3, (int)first.Json["data"]!["planItems"]!["nodes"]![0]!["number"]!);
        Assert.Equal(4, (int)other.Json["data"]!["planItems"]!["nodes"]![0]!["number"]!);
    }

    [Fact]
    public async Task Variables_are_still_checked_on_a_kept_document()
    {
        await api.CreateClient().SendRawAsync(Post(Body(ByNumber, """{"n":1}""")));
        Assert.NotNull(Kept.Find(ByNumber));

        var wrongType = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, """{"n":"three"}""")));
        var missing = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, "{}")));

        Assert.Null(wrongType.Json["data"]);
        Assert.Contains("$n", (string?)wrongType.SingleError["message"], StringComparison.Ordinal);
        Assert.Null(missing.Json["data"]);
        Assert.Contains("$n", (string?)missing.SingleError["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_kept_and_fails_every_time()
    {
        const string invalid = "{ planItems(first: 1) { nodes { noSuchField } } }";
        var first = await api.CreateClient().SendRawAsync(Post(Body(invalid, null)));
        var again = await api.CreateClient().SendRawAsync(Post(Body(invalid, null)));

        Assert.Null(Kept.Find(invalid));
        Assert.Equal((string?)first.SingleError["message"], (string?)again.SingleError["message"]);
        Assert.Contains("noSuchField", (string?)again.SingleError["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_oldest_documents_go_first_when_the_budget_is_spent()
    {
        var kept = new ValidatedDocuments(Options.Create(new TransportOptions { ValidatedDocumentCharacters = 40 }));
        var parse = (string text) => GraphQLParser.Parser.Parse(text);

        kept.Add("{ a: __typename }", parse("{ a: __typename }"));
        kept.Add("{ b: __typename }", parse("{ b: __typename }"));
        kept.Add("{ c: __typename }", parse("{ c: __typename }"));
        kept.Add(new string(' ', 41) + "{ d: __typename }", parse("{ d: __typename }"));

        Assert.Null(kept.Find("{ a: __typename }"));
        Assert.NotNull(kept.Find("{ b: __typename }"));
        Assert.NotNull(kept.Find("{ c: __typename }"));
        Assert.Null(kept.Find(new string(' ', 41) + "{ d: __typename }"));
    }

    private static string Body(string query, string? variables) =>
        variables is null
            ? $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}}}"""
            : $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variables}}}""";
}

/// <summary>The response cache off, so that every request runs.</summary>
public sealed class UncachedApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:ResponseCache:Enabled"] = "false",
});
