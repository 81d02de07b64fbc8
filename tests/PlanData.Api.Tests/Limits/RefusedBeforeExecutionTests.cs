using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Limits.Documents;

namespace PlanData.Api.Tests.Limits;

/// <summary>A document over a limit is refused before the executor runs: not one SQL statement is sent.</summary>
public sealed class RefusedBeforeExecutionTests(SqlRecordingApiFactory api) : IClassFixture<SqlRecordingApiFactory>
{
    public static TheoryData<string, string> OverLimit => new()
    {
        { "cost", "{ agencies(first: 100) { nodes { assignments(first: 100) { nodes { item { plan { items(first: 100) { nodes { number } } } } } } } } }" },
        { "depth", AgencyChain(13) },
        { "root fields", "{ " + string.Concat(Enumerable.Range(1, 21).Select(i => $"p{i}: plans {{ totalCount }} ")) + "}" },
        { "aliases", "{ plans { " + string.Concat(Enumerable.Range(1, 31).Select(i => $"c{i}: totalCount ")) + "} }" },
        { "introspection depth", "{ plans { totalCount } __type(name: \"Plan\") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }" },
        { "tokens", PlansWithTokens(10_001) },
    };

    [Fact]
    public async Task A_query_within_the_limits_does_send_sql()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        await client.DataAsync("{ plans(first: 100) { nodes { items(first: 100) { nodes { number } } } } }");

        Assert.NotEmpty(api.Sql.Statements);
    }

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task A_document_over_a_limit_sends_no_sql(string limit, string query)
    {
        var client = api.CreateGraphQLClient();
        await client.DataAsync("{ plans { totalCount } }");
        api.Sql.Clear();

        var response = await client.PostAsync(query);

        response.AssertRefused();
        Assert.True(api.Sql.Statements.Count == 0, $"{limit}: {string.Join("\n", api.Sql.Statements)}");
    }
}
