using System.Text.Json.Nodes;
using PlanData.Api.Tests.External;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Federation;

/// <summary>
/// One composition for the tests that read it: the API as a real subgraph process, then
/// gateway/compose-check.mjs (the DTI subgraph and an Apollo gateway composing both, on ports the system
/// picks), which runs the cross-subgraph queries and stops them. The API stops when the tests are done.
/// </summary>
public sealed class GatewayRun : IAsyncLifetime
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "PlanData.Api.Tests", "Federation", "gateway");

    public ApiServerProcess Api { get; private set; } = null!;

    public CommandResult? Install { get; private set; }

    public CommandResult Run { get; private set; } = null!;

    /// <summary>What the gateway answered, by query name (see compose-check.mjs); null when the run failed.</summary>
    public JsonObject? Answers { get; private set; }

    /// <summary>The install, the run and the API's log, for failure messages.</summary>
    public string Describe() => $"{Install?.Describe()}\n\n{Run?.Describe()}\n\n{Api?.Log}";

    public async Task InitializeAsync()
    {
        // npm ci from the lock file, once per checkout (node_modules is not committed).
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@apollo", "gateway")) || !Directory.Exists(Path.Combine(Folder, "node_modules", "@apollo", "subgraph")))
        {
            Install = await ExternalCommand.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder, TimeSpan.FromMinutes(3));
            if (Install.ExitCode != 0)
            {
                return;
            }
        }

        Api = await ApiServerProcess.StartAsync(new ApiServerSettings { Environment = new Dictionary<string, string> { ["GraphQL__Federation__Enabled"] = "true" } });
        try
        {
            Run = await ExternalCommand.RunAsync("node", ["compose-check.mjs", Api.GraphQLUrl], Folder, TimeSpan.FromMinutes(1));
        }
        catch
        {
            // No node on PATH: the API must not outlive the failed fixture.
            await Api.DisposeAsync();
            Api = null!;
            throw;
        }

        if (Run.ExitCode == 0)
        {
            Answers = JsonNode.Parse(Run.LastLine)!["answers"]!.AsObject();
        }
    }

    public async Task DisposeAsync()
    {
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }
    }
}
