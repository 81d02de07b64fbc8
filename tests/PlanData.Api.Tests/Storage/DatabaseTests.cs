using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Infrastructure;
using System.Text.Json.Nodes;
using PlanData.Import.Database;
using PlanData.Storage;

namespace PlanData.Api.Tests.Storage;

[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class DatabaseTests
{
    // Two requests, each within the default cost limit (GraphQL:Limits:MaxFieldCost).
    private const string AllPlanIds = "{ plans(first: 5) { nodes { id items(first: 100) { nodes { id } } } } }";

    private const string AllOtherIds = """
        { agencies(first: 100) { nodes { id code } }
          indicators(first: 100) { nodes { id } }
          documents(first: 100) { nodes { id number } } }
        """;

    [Fact]
    public async Task Two_builds_of_the_database_give_the_same_ids()
    {
        await using var first = new PlanDataApiFactory();
        await using var second = new PlanDataApiFactory();

        var a = await AllIdsAsync(first.CreateGraphQLClient());
        var b = await AllIdsAsync(second.CreateGraphQLClient());

        Assert.NotEqual(first.DatabasePath, second.DatabasePath);
        Assert.Equal(a.ToJsonString(), b.ToJsonString());
        var registered = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seed, "agencies.json")))!["agencies"]!.AsArray().Count;
        Assert.Equal(registered, a["agencies"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_running_api_never_writes_its_database()
    {
        await using var api = new PlanDataApiFactory();
        var client = api.CreateGraphQLClient();
        await client.DataAsync("{ __typename }");
        var before = Fingerprint(api.DatabasePath);

        await AllIdsAsync(client);
        await client.DataAsync("{ planItems(first: 40, asOf: \"2022-03-10\") { nodes { status assignments { agency { name } } } } }");

        Assert.Equal(before, Fingerprint(api.DatabasePath));
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlanDataContext>();
        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM Agencies"));
        Assert.Equal(8, error.SqliteErrorCode); // SQLITE_READONLY
    }

    [Fact]
    public async Task The_build_leaves_only_the_finished_file_and_an_existing_file_is_kept()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plan-data-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "plan.sqlite");
        try
        {
            Assert.True((await SeedImport.ImportAsync(path, RepositoryPaths.Seed)).Succeeded);
            Assert.Equal([path], Directory.GetFiles(folder));
            var built = Fingerprint(path);

            var again = await SeedImport.ImportAsync(path, RepositoryPaths.Seed);
            Assert.True(again.Succeeded);
            Assert.Contains(again.Reports.Single().Messages, m => m.Code == "already-imported");
            Assert.Equal(built, Fingerprint(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_failed_build_leaves_no_file_behind()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plan-data-tests", Guid.NewGuid().ToString("N"));
        var seed = Path.Combine(folder, "seed");
        Directory.CreateDirectory(Path.Combine(seed, "expected"));
        File.WriteAllText(Path.Combine(seed, "agencies.json"), "{ \"jurisdictions\": [], \"agencies\": [ { \"code\": 1 } ] }");
        var path = Path.Combine(folder, "plan.sqlite");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => SeedImport.ImportAsync(path, seed));

            Assert.Contains("agencies.json", error.Message);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<JsonObject> AllIdsAsync(GraphQLClient client)
    {
        var ids = await client.DataAsync(AllOtherIds);
        ids["plans"] = (await client.DataAsync(AllPlanIds))["plans"]!.DeepClone();
        return ids;
    }

    private static string Fingerprint(string path) =>
        $"{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}@{File.GetLastWriteTimeUtc(path):O}";
}
