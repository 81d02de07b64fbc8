using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// The database file turns to garbage under a running API: /readyz says 503 and which check failed,
/// without the file's path or the exception's message, which go to the log. Owns its API: it breaks the file.
/// </summary>
[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class UnreadableDatabaseTests(ObservedApiFactory api) : IClassFixture<ObservedApiFactory>
{
    [Fact]
    public async Task Readyz_is_503_naming_the_database_check_and_nothing_of_the_file()
    {
        var client = api.CreateClient();
        var before = await client.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/readyz"));

        await File.WriteAllBytesAsync(api.DatabasePath, [.. Enumerable.Repeat((byte)0x5A, 8192)]);
        SqliteConnection.ClearAllPools();
        var after = await client.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/readyz"));
        var alive = await client.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/healthz"));

        Assert.Equal(200, before.Status);
        Assert.Equal(503, after.Status);
        Assert.Equal("Unhealthy", (string?)after.Json["status"]);
        Assert.Equal("Unhealthy", (string?)after.Json["checks"]!["database"]!["status"]);
        Assert.Equal("Healthy", (string?)after.Json["checks"]!["schema"]!["status"]);
        Assert.DoesNotContain(Path.GetFileName(api.DatabasePath), after.Text);
        Assert.DoesNotContain("plan-data-tests", after.Text);
        Assert.DoesNotContain("not a database", after.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SQLite", after.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-store", after.CacheControl);
        Assert.Equal(200, alive.Status);
        Assert.Contains(api.Logs.Records, r => r.Level == LogLevel.Error && r.Message.StartsWith("Health check database with status Unhealthy", StringComparison.Ordinal) && r.Exception is not null);
    }
}
