using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanData.Api.Tests.External;

/// <summary>
/// The npm packages JavaScript applications use, against the real server (clients/client.mjs):
/// graphql 16 introspects it, builds the client schema and validates every trusted operation the API
/// ships; graphql-request runs a query with variables by POST and by GET.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class RealClientTests(RealServer server, ITestOutputHelper log)
{
    private const string LeadAgency = "Sở Thông tin và Truyền thông";

    private static string Clients => Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Api.Tests", "External", "clients");

    private static string TrustedOperations => Path.Combine(RepositoryPaths.Root, "src", "PlanData.Api", "TrustedOperations");

    [Fact]
    public async Task Graphql_js_validates_every_trusted_operation_and_graphql_request_reads_the_plan()
    {
        await InstallClientsAsync();
        var run = await ExternalCommand.RunAsync("node", ["client.mjs", server.Api.GraphQLUrl, TrustedOperations], Clients, TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, $"{run.Describe()}\n\n{server.Api.Log}");
        var summary = JsonNode.Parse(run.LastLine)!.AsObject();

        // The schema a client builds from introspection: queries only, the API is read-only.
        Assert.Equal("Query", (string?)summary["schema"]!["queryType"]);
        Assert.Null(summary["schema"]!["mutationType"]);

        var operations = summary["operations"]!.AsArray().Select(o => o!.AsObject()).ToList();
        Assert.NotEmpty(operations);
        var invalid = operations
            .Where(o => o["errors"]!.AsArray().Count > 0 || o["names"]!.AsArray() is not [JsonValue])
            .Select(o => $"{o["file"]}: operations [{Join(o["names"], "(anonymous)")}], errors [{Join(o["errors"], "")}]")
            .ToList();
        Assert.True(invalid.Count == 0, $"trusted operations that a client's schema refuses or that are not one named operation:\n{string.Join('\n', invalid)}");

        var post = summary["post"]!.AsObject();
        Assert.True((int?)post["status"] == 200 && post["errors"] is null, $"POST: {post.ToJsonString()}");
        Assert.StartsWith("application/graphql-response+json", (string?)post["contentType"]);
        var plan = post["data"]!["plan"]!;
        Assert.Equal("04/KH-BCĐ", (string?)plan["number"]);
        Assert.Equal("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022", (string?)plan["title"]);
        Assert.Equal(11, (int?)plan["items"]!["totalCount"]);
        var items = plan["items"]!["nodes"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, 11), items.Select(i => (int)i!["number"]!));
        Assert.All(items, i => Assert.Equal(LeadAgency, (string?)i!["leadAgency"]?["name"]));

        // The same query by GET (query and JSON variables in the URL) reads the same data.
        var get = summary["get"]!.AsObject();
        Assert.True((int?)get["status"] == 200 && get["errors"] is null, $"GET: {get.ToJsonString()}");
        Assert.True(JsonNode.DeepEquals(post["data"], get["data"]), $"GET answered other data: {get["data"]?.ToJsonString()}");
        log.WriteLine(run.Describe());
    }

    private static string Join(JsonNode? strings, string forNull) => string.Join("; ", strings!.AsArray().Select(s => (string?)s ?? forNull));

    /// <summary>npm ci from the lock file, once per checkout (node_modules is not committed).</summary>
    private async Task InstallClientsAsync()
    {
        if (Directory.Exists(Path.Combine(Clients, "node_modules", "graphql")) && Directory.Exists(Path.Combine(Clients, "node_modules", "graphql-request")))
        {
            return;
        }

        var install = await ExternalCommand.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Clients, TimeSpan.FromMinutes(3));
        log.WriteLine(install.Describe());
        Assert.True(install.ExitCode == 0, $"npm ci in {Clients} failed (the npm registry must be reachable on a first run)\n{install.Describe()}");
    }
}
