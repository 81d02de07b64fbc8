using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanData.Api.Storage;
using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// A bad file put in place of the database while the API runs: renamed over it, the last good
/// version goes on answering; written into it, requests get a clean error. Readiness fails either
/// way, and a good file renamed over it afterwards is served again.
/// </summary>
[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class DamagedReplacementTests
{
    private const string Query = "{ plans { totalCount nodes { number } } }";

    [Fact]
    public async Task A_damaged_file_renamed_over_the_database_leaves_the_last_good_version_answering_and_readiness_failing()
    {
        await using var api = new PlanDataApiFactory();
        var client = api.CreateClient();
        var good = await client.SendRawAsync(Get(null, ("query", Query)));
        var next = await NextVersionAsync(api.DatabasePath);

        RenameOver(api.DatabasePath, Garbage());
        var readiness = await ReadinessAsync(api);
        var during = new List<Transport.RawResponse>();
        for (var i = 0; i < 5; i++)
        {
            during.Add(await client.SendRawAsync(Get(null, ("query", Query))));
            await Task.Delay(300);
        }

        RenameOver(api.DatabasePath, next);
        var recovered = await WaitForOtherETagAsync(client, good.ETag!);
        var readinessAfter = await ReadinessAsync(api);

        Assert.Equal(HealthStatus.Unhealthy, readiness.Entries[DatabaseHealthCheck.Name].Status);
        Assert.DoesNotContain(api.DatabasePath, readiness.Entries[DatabaseHealthCheck.Name].Description);
        Assert.All(during, r => Assert.Equal((200, good.ETag, good.Text), (r.Status, r.ETag, r.Text)));
        Assert.Equal(2, (int)recovered.Json["data"]!["plans"]!["totalCount"]!);
        Assert.Equal(HealthStatus.Healthy, readinessAfter.Entries[DatabaseHealthCheck.Name].Status);
    }

    [Fact]
    public async Task A_database_overwritten_in_place_answers_with_a_clean_error_and_readiness_fails()
    {
        await using var api = new PlanDataApiFactory();
        var client = api.CreateClient();
        var good = await client.SendRawAsync(Get(null, ("query", Query)));
        var next = await NextVersionAsync(api.DatabasePath);

        // What `cp bad.sqlite plan-data.sqlite` does: the same file, new bytes.
        File.WriteAllBytes(api.DatabasePath, Garbage());
        var readiness = await ReadinessAsync(api);
        var broken = await client.SendRawAsync(Post("""{"query":"{ plans { totalCount nodes { number } } }"}"""));

        RenameOver(api.DatabasePath, next);
        var recovered = await WaitForOtherETagAsync(client, good.ETag!);

        Assert.Equal(HealthStatus.Unhealthy, readiness.Entries[DatabaseHealthCheck.Name].Status);
        Assert.Equal(200, broken.Status);
        Assert.Equal(DatabaseUnavailable.Code, broken.ErrorCode);
        Assert.DoesNotContain(api.DatabasePath, broken.Text);
        Assert.DoesNotContain("SQLite", broken.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, (int)recovered.Json["data"]!["plans"]!["totalCount"]!);
    }

    /// <summary>A good next version, made the way an import makes it (from a copy of the live file).</summary>
    private static async Task<byte[]> NextVersionAsync(string database)
    {
        var next = $"{database}.{Guid.NewGuid():N}.next";
        File.Copy(database, next);
        try
        {
            await OperatorImport.InProcessAsync(next, OperatorImport.Plan15);
            return File.ReadAllBytes(next);
        }
        finally
        {
            File.Delete(next);
        }
    }

    private static byte[] Garbage()
    {
        var bytes = new byte[64 * 1024];
        new Random(6).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Written beside the database, then renamed over it, as `mv` does.</summary>
    private static void RenameOver(string database, byte[] content)
    {
        var beside = $"{database}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(beside, content);
        File.Move(beside, database, overwrite: true);
    }

    private static Task<HealthReport> ReadinessAsync(PlanDataApiFactory api) =>
        api.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));

    /// <summary>The API looks at the file at most once a second.</summary>
    private static async Task<Transport.RawResponse> WaitForOtherETagAsync(HttpClient client, string etag)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var response = await client.SendRawAsync(Get(null, ("query", Query)));
            if (response.Status == 200 && response.ETag is { } other && other != etag)
            {
                return response;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the API did not serve the new version within 30 s: {response.Status} {response.Text}");
            await Task.Delay(100);
        }
    }
}
