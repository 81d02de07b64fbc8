using System.Text;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Limits;

/// <summary>nodes(ids:) fetches at most 50 objects at once; more is HC0076 (Hot Chocolate's batch limit).</summary>
[Collection(ApiCollection.Name)]
public sealed class NodesBatchTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task Fifty_ids_are_fetched()
    {
        var response = await api.CreateGraphQLClient().PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Ids(50) });

        response.AssertAnswered();
        Assert.Equal(50, response.Body["data"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Fifty_one_ids_are_hc0076()
    {
        var response = await api.CreateGraphQLClient().PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Ids(51) });

        var error = response.SingleError;
        Assert.Equal("HC0076", error.Code());
        Assert.Equal(51, error.Extension("requestedNodes"));
        Assert.Equal(50, error.Extension("maxAllowedNodes"));
    }

    private static string[] Ids(int count) => [.. Enumerable.Range(0, count).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Agency:x/{i}")))];
}
