using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Limits;

/// <summary>GraphQL:Limits:MaxAliases (30 a document) and MaxRootFields (20 an operation).</summary>
[Collection(ApiCollection.Name)]
public sealed class AliasesAndRootFieldsTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData(29)]
    [InlineData(30)]
    public async Task Up_to_thirty_aliases_run(int aliases)
    {
        var response = await api.CreateGraphQLClient().PostAsync(Counts(aliases));

        response.AssertAnswered();
        Assert.Equal(1, (int?)response.Body["data"]!["plans"]![$"c{aliases}"]);
    }

    [Fact]
    public async Task Thirty_one_aliases_are_refused()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(Counts(31))).AssertRefused();

        Assert.Equal(
            "The GraphQL document has 31 aliases which exceeds the max allowed number of aliases of 30 (the setting GraphQL:Limits:MaxAliases).",
            (string?)error["message"]);
        Assert.Equal(30, error.Extension("allowedAliases"));
        Assert.Equal(31, error.Extension("detectedAliases"));
    }

    [Fact]
    public async Task Aliases_in_fragments_count_too()
    {
        var query = "{ plans { c0: totalCount ...Counts } } fragment Counts on PlansConnection { "
            + string.Concat(Enumerable.Range(1, 30).Select(i => $"c{i}: totalCount ")) + "}";

        var error = (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused();

        Assert.Equal(31, error.Extension("detectedAliases"));
    }

    [Theory]
    [InlineData(19)]
    [InlineData(20)]
    public async Task Up_to_twenty_root_fields_run(int fields)
    {
        var response = await api.CreateGraphQLClient().PostAsync(RootFields(fields));

        response.AssertAnswered();
        Assert.Equal(fields, response.Body["data"]!.AsObject().Count);
    }

    [Fact]
    public async Task Twenty_one_root_fields_are_refused()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(RootFields(21))).AssertRefused();

        Assert.Equal(
            "The operation has 21 root fields which exceeds the max allowed number of root fields of 20 (the setting GraphQL:Limits:MaxRootFields).",
            (string?)error["message"]);
        Assert.Equal(20, error.Extension("allowedRootFields"));
        Assert.Equal(21, error.Extension("detectedRootFields"));
    }

    [Fact]
    public async Task Root_fields_spread_from_a_fragment_count_too()
    {
        var query = "{ p0: plans { totalCount } ...Roots } fragment Roots on Query { "
            + string.Concat(Enumerable.Range(1, 20).Select(i => $"p{i}: plans {{ totalCount }} ")) + "}";

        var error = (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused();

        Assert.Equal(21, error.Extension("detectedRootFields"));
    }

    private static string Counts(int aliases) => "{ plans { " + string.Concat(Enumerable.Range(1, aliases).Select(i => $"c{i}: totalCount ")) + "} }";

    private static string RootFields(int fields) => "{ " + string.Concat(Enumerable.Range(1, fields).Select(i => $"p{i}: plans {{ totalCount }} ")) + "}";
}
