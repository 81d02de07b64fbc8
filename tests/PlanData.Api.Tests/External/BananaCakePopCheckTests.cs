using PlanData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanData.Api.Tests.External;

/// <summary>
/// Banana Cake Pop served by the real server, driven in headless Chromium by ../shared/tools/bcp-check:
/// it loads from our origin alone, introspects the schema, runs a query on our data and shows the answer.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class BananaCakePopCheckTests(RealServer server, ITestOutputHelper log)
{
    // What the README's screenshot shows: a query on our own data and its answer. One line short
    // enough to fit the editor: the check types it into Monaco, which would auto-close and re-indent
    // braces across lines, and a longer line scrolls its start out of view.
    private const string Query = """{ plan(number: "04/KH-BCĐ") { number title } }""";

    private const string Title = "Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022";

    [Fact]
    public async Task The_IDE_at_the_endpoint_works_offline_and_runs_a_query_on_our_schema()
    {
        var screenshot = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"bcp-{Guid.NewGuid():N}.png");

        // ~25 s when it passes; a first run also installs node_modules and Debian's Chromium.
        var run = await ExternalCommand.RunAsync(
            "bash",
            [SharedTools.RunScript("bcp-check"), server.Api.GraphQLUrl + "/", "--query", Query, "--expect", Title, "--screenshot", screenshot],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0 && run.LastLine == "bcp-check: ok", $"{run.Describe()}\nscreenshot: {screenshot}\n\n{server.Api.Log}");
        log.WriteLine(run.Describe());

        // The README shows the IDE as this check last saw it working; a failing run never replaces it.
        var published = Path.Combine(RepositoryPaths.Root, "docs", "bcp.png");
        Directory.CreateDirectory(Path.GetDirectoryName(published)!);
        File.Move(screenshot, published, overwrite: true);
    }
}
