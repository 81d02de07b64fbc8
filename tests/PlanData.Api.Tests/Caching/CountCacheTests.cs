using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Caching;

/// <summary>
/// A list's total is counted in SQL once per data version and filter: other pages and orders of the
/// same filter reuse it, another filter is counted, and the totals stay right.
/// </summary>
public sealed class CountCacheTests
{
    private static int Counts(SqlRecordingApiFactory api) => api.Sql.Statements.Count(s => s.Sql.Contains("COUNT(*)", StringComparison.Ordinal));

    [Fact]
    public async Task The_same_filter_is_counted_once_whatever_the_page_and_order()
    {
        await using var api = SqlRecordingApiFactory.With(("GraphQL:CountCache:Enabled", "true"));
        var client = api.CreateGraphQLClient();

        var first = await client.DataAsync("{ planItems(first: 2, where: { number: { gte: 3 } }) { totalCount } }");
        var countedFirst = Counts(api);
        api.Sql.Clear();
        var again = await client.DataAsync("{ planItems(first: 5, order: [{ title: DESC }], where: { number: { gte: 3 } }) { totalCount nodes { number } } }");
        var countedAgain = Counts(api);
        api.Sql.Clear();
        var other = await client.DataAsync("{ planItems(where: { number: { gte: 5 } }) { totalCount } }");

        Assert.Equal(1, countedFirst);
        Assert.Equal(0, countedAgain);
        Assert.Equal(1, Counts(api));
        Assert.Equal(9, (int)first["planItems"]!["totalCount"]!);
        Assert.Equal(9, (int)again["planItems"]!["totalCount"]!);
        Assert.Equal(7, (int)other["planItems"]!["totalCount"]!);
    }
}
