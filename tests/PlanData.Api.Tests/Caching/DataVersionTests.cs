using Microsoft.Data.Sqlite;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Caching;

/// <summary>
/// A 304 runs nothing; an import (a new file renamed over the database) changes every entity tag.
/// Owns its API: it counts SQL statements and replaces the database file.
/// </summary>
public sealed class DataVersionTests(SqlRecordingApiFactory api) : IClassFixture<SqlRecordingApiFactory>
{
    private const string Titles = "{ plans { nodes { title } } }";

    [Fact]
    public async Task A_304_executes_nothing_and_sends_no_sql()
    {
        var client = api.CreateClient();
        var first = await client.SendRawAsync(Get(null, ("query", Titles)));
        api.Sql.Clear();

        var again = await client.SendRawAsync(Get(null, ("query", Titles)));
        var ranAgain = api.Sql.Statements.Count;
        api.Sql.Clear();
        var conditional = Get(null, ("query", Titles));
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        var notModified = await client.SendRawAsync(conditional);

        Assert.Equal(200, again.Status);
        Assert.True(ranAgain > 0, "a full response runs SQL");
        Assert.Equal(304, notModified.Status);
        Assert.Empty(api.Sql.Statements);
    }

    [Trait("Database", TestDatabase.SqliteFileTrait)]
    [Fact]
    public async Task Replacing_the_database_file_changes_the_etag_and_the_new_data_is_served()
    {
        var client = api.CreateClient();
        var before = await client.SendRawAsync(Get(null, ("query", Titles)));
        var oldTitle = (string?)before.Json["data"]!["plans"]!["nodes"]![0]!["title"];

        ReplaceDatabaseWithRetitledCopy("Kế hoạch đã sửa");
        var after = await WaitForNewETagAsync(client, before.ETag!);
        var stale = Get(null, ("query", Titles));
        stale.Headers.TryAddWithoutValidation("If-None-Match", before.ETag);
        var revalidated = await client.SendRawAsync(stale);

        Assert.NotEqual("Kế hoạch đã sửa", oldTitle);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal("Kế hoạch đã sửa", (string?)after.Json["data"]!["plans"]!["nodes"]![0]!["title"]);
        Assert.Equal(200, revalidated.Status);
        Assert.Equal(after.ETag, revalidated.ETag);
    }

    /// <summary>What the importer does: write the new state to a copy beside the database, then rename it over it.</summary>
    private void ReplaceDatabaseWithRetitledCopy(string title)
    {
        var copy = api.DatabasePath + ".new";
        File.Copy(api.DatabasePath, copy);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
        {
            connection.Open();
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE Plans SET Title = $title";
            update.Parameters.AddWithValue("$title", title);
            Assert.Equal(1, update.ExecuteNonQuery());
        }

        File.Move(copy, api.DatabasePath, overwrite: true);
    }

    /// <summary>The API looks at the file at most once a second.</summary>
    private static async Task<RawResponse> WaitForNewETagAsync(HttpClient client, string etag)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var response = await client.SendRawAsync(Get(null, ("query", Titles)));
            if (response.ETag != etag || DateTime.UtcNow > deadline)
            {
                return response;
            }

            await Task.Delay(200);
        }
    }
}
