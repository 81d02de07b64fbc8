using PlanData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// The same hostile requests as a flood from one client against a server with default settings:
/// rate limiting on, so that some may be refused with 429 (Retry-After, GraphQL-shaped body), which
/// is as valid an answer as any other; nothing may be a 5xx or shapeless.
/// </summary>
[Collection(HostileInputCollection.Name)]
public sealed class DefaultSettingsFloodTests(ITestOutputHelper log)
{
    private const int Parallelism = 8;
    private const int Flood = 300;

    /// <summary>Valid requests among the hostile ones, past the default burst of 100 ad-hoc requests, so that 429s are likely.</summary>
    private const int Burst = 200;

    [Fact]
    public async Task A_flood_of_hostile_requests_under_default_settings_gets_spec_shaped_answers_429_included()
    {
        await using var server = await ApiServerProcess.StartAsync(new ApiServerSettings());
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var hostile = HostileCases.ByName.Values.Where(c => !c.Heavy && !c.ExceedsServerLimits && !c.Name.Contains("MB", StringComparison.Ordinal)).Take(Flood);
        var valid = Enumerable.Range(0, Burst).Select(i => new HostileCase($"{{ __typename }} #{i}", () => HostileRequests.Graphql("{ __typename }")));
        var cases = hostile.Zip(valid, (h, v) => new[] { h, v }).SelectMany(pair => pair).Concat(hostile.Skip(Burst)).ToList();
        var outcomes = new HostileOutcome[cases.Count];

        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            outcomes[i] = await HostileOutcome.SendAsync(http, cases[i].Request(), timeout.Token);
        });

        var failing = cases.Zip(outcomes)
            .Select(c => (Case: c.First, Outcome: c.Second, Problems: AnswerShape.Problems(c.First, c.Second)))
            .Where(c => c.Problems.Count > 0)
            .Select(c => $"{c.Case.Name}: {string.Join("; ", c.Problems)}\n  answer: {c.Outcome.Describe()}")
            .ToList();
        log.WriteLine($"{outcomes.Count(o => o.Answer?.Status == 429)} of {cases.Count} answered 429");
        Assert.True(failing.Count == 0, $"{failing.Count} of {cases.Count} answers were not spec-shaped:\n{string.Join("\n", failing)}\n{server.Log}");
        Assert.False(server.HasExited, server.Log);
    }
}
