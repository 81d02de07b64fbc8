using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Caching;

/// <summary>
/// A list's total is counted in SQL once per data version and filter: other pages and orders of the
/// same filter reuse it, another filter is counted, and the totals stay right.
/// </summary>
public sealed class CountCacheTests
{
    private static int Counts(SqlRecordingApiFactory api) => api.Sql.Statements.Count(s => s.Sql.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase));

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

    [Fact]
    public async Task A_filter_value_that_overflowed_to_an_infinity_is_counted()
    {
        await using var api = SqlRecordingApiFactory.With(("GraphQL:CountCache:Enabled", "true"));
        var response = await api.CreateClient().SendRawAsync(Transport.RawHttp.Post("""{"query":"query($v: Float) { indicators(where: {targetValue: {gt: $v}}) { totalCount } }","variables":{"v":-1e999}}"""));

        Assert.Equal(200, response.Status);
        Assert.Null(response.Json["errors"]);
        Assert.True((int)response.Json["data"]!["indicators"]!["totalCount"]! > 0);
    }
}
