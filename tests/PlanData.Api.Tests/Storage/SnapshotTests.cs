using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Storage;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Storage;

namespace PlanData.Api.Tests.Storage;

/// <summary>A request reads the version it started with to its end; requests after an import read only the new one.</summary>
public sealed class SnapshotTests
{
    private const string PlanCount = "{ plans { totalCount } }";

    [Fact]
    public async Task A_request_under_way_reads_its_version_to_the_end_and_later_requests_only_the_new_one()
    {
        await using var api = new PlanDataApiFactory();
        var client = api.CreateGraphQLClient();
        await client.DataAsync(PlanCount);
        var underWay = api.Services.CreateScope();
        var db = underWay.ServiceProvider.GetRequiredService<PlanDataContext>();
        var before = await db.Plans.CountAsync();
        var version = underWay.ServiceProvider.GetRequiredService<DatabaseSnapshot>().Version;

        await OperatorImport.InProcessAsync(api.DatabasePath, OperatorImport.Plan15);
        await WaitForPlanCountAsync(client, before + 1);
        var stillBefore = await db.Plans.CountAsync();
        var sameVersion = underWay.ServiceProvider.GetRequiredService<DatabaseSnapshot>().Version;
        underWay.Dispose();
        var later = new List<(int Plans, string Version)>();
        for (var i = 0; i < 20; i++)
        {
            using var scope = api.Services.CreateScope();
            later.Add((await scope.ServiceProvider.GetRequiredService<PlanDataContext>().Plans.CountAsync(), scope.ServiceProvider.GetRequiredService<DatabaseSnapshot>().Version));
        }

        Assert.Equal(1, before);
        Assert.Equal(before, stillBefore);
        Assert.Equal(version, sameVersion);
        Assert.All(later, l => Assert.Equal(before + 1, l.Plans));
        Assert.Single(later.Select(l => l.Version).Distinct(), v => v != version);
    }

    /// <summary>The API looks at the file at most once a second.</summary>
    private static async Task WaitForPlanCountAsync(GraphQLClient client, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((int)(await client.DataAsync(PlanCount))["plans"]!["totalCount"]! != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the API did not serve {count} plans within 30 s");
            await Task.Delay(100);
        }
    }
}
