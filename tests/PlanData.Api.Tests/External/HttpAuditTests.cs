using System.Text.RegularExpressions;
using PlanData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanData.Api.Tests.External;

/// <summary>The GraphQL-over-HTTP conformance audit (graphql-http's serverAudits, ../shared/tools/http-audit) against the real server.</summary>
[Collection(RealServerCollection.Name)]
public sealed partial class HttpAuditTests(RealServer server, ITestOutputHelper log)
{
    [Fact]
    public async Task Every_MUST_and_every_SHOULD_audit_passes()
    {
        // --quiet: only the failing audits (with reason and response) and the summary line.
        var run = await ExternalCommand.RunAsync("bash", [SharedTools.RunScript("http-audit"), server.Api.GraphQLUrl, "--quiet"], RepositoryPaths.Root, TimeSpan.FromMinutes(3));

        var summary = Summary().Match(run.LastLine);
        Assert.True(run.ExitCode == 0 && summary.Success, $"the audit did not get to its summary line\n{run.Describe()}\n{server.Api.Log}");
        var (mustPassed, must, shouldPassed, should) = (Count(summary, 1), Count(summary, 2), Count(summary, 3), Count(summary, 4));
        Assert.True(
            must > 0 && should > 0 && mustPassed == must && shouldPassed == should,
            $"{run.LastLine}\nfailing MUST (error) and SHOULD (warn) audits:\n{FailingMustAndShould(run.Output)}");
        log.WriteLine(run.Describe());
    }

    private static int Count(Match summary, int group) => int.Parse(summary.Groups[group].Value);

    /// <summary>The error and warn blocks of the quiet output: each audit's line with its indented reason and response.</summary>
    private static string FailingMustAndShould(string output)
    {
        var kept = new List<string>();
        var keeping = false;
        foreach (var line in output.Split('\n'))
        {
            if (!line.StartsWith(' '))
            {
                keeping = line.StartsWith("error ", StringComparison.Ordinal) || line.StartsWith("warn ", StringComparison.Ordinal);
            }

            if (keeping)
            {
                kept.Add(line.TrimEnd());
            }
        }

        return string.Join('\n', kept);
    }

    [GeneratedRegex(@"^http-audit: MUST (\d+)/(\d+) SHOULD (\d+)/(\d+) MAY \d+/\d+$")]
    private static partial Regex Summary();
}
