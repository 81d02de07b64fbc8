using Xunit.Abstractions;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// Hundreds of hostile requests against the real server process (see <see cref="HostileRun"/>): each
/// gets a spec-shaped answer, never a 5xx; the filters and the search treat SQL-looking text as
/// data; and afterwards the server still answers, holds no more memory than it did, and its
/// database is unchanged.
/// </summary>
[Collection(HostileInputCollection.Name)]
public sealed class HostileInputTests(HostileRun run, ITestOutputHelper log) : IClassFixture<HostileRun>
{
    public static TheoryData<string> Cases => HostileCases.Names;

    public static TheoryData<string> FilterTexts => [.. InjectionCases.FilterTexts.Select(InjectionCases.Printable)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_request_gets_a_spec_shaped_answer_never_a_5xx(string name)
    {
        var hostile = HostileCases.ByName[name];
        var outcome = run.Outcome(name);

        var problems = AnswerShape.Problems(hostile, outcome);

        Assert.True(problems.Count == 0, $"{name}\n{string.Join("\n", problems)}\nanswer: {outcome.Describe()}");
    }

    [Theory]
    [MemberData(nameof(FilterTexts))]
    public void Every_text_filter_operator_takes_sql_like_text_as_data(string printable)
    {
        var text = InjectionCases.FilterTexts.Single(t => InjectionCases.Printable(t) == printable);
        var filters = run.Filters(text);

        var failing = filters
            .Select(f => (f.Group, f.Outcome, f.FailingSites, Problems: AnswerShape.Problems(f.Case, f.Outcome)))
            .Where(f => f.Problems.Count > 0)
            .Select(f => $"{f.Group.Name} ({f.Group.Sites.Count} operators): {string.Join("; ", f.Problems)}\n  answer: {f.Outcome.Describe()}\n  failing alone: {(f.FailingSites.Count == 0 ? "none" : string.Join("\n    ", f.FailingSites.Prepend("")))}")
            .ToList();

        Assert.NotEmpty(filters);
        Assert.True(failing.Count == 0, $"{failing.Count} of {filters.Count} filter groups failed with `{printable}`:\n{string.Join("\n", failing)}");
    }

    [Fact]
    public void The_server_is_alive_afterwards_and_answers_typename()
    {
        log.WriteLine($"the run took {run.Elapsed.TotalSeconds:F1} s");

        Assert.True(run.Incidents.Count == 0, $"the server had to be stopped during the run:\n{string.Join("\n", run.Incidents)}");
        Assert.False(run.Server.HasExited, run.Server.Log);
        Assert.True(run.AnswersAfterwards, $"the server did not answer {{ __typename }} after the run\n{run.Server.Log}");
    }

    [Fact]
    public void The_server_memory_returns_to_its_baseline()
    {
        var (heapBefore, heapAfter) = (HostileRun.Megabytes(run.BaselineHeapBytes), HostileRun.Megabytes(run.AfterHeapBytes));
        log.WriteLine(
            $"managed heap after a full collection: {heapBefore} MB after the warm-up, {heapAfter} MB {run.HeapSettling.TotalSeconds:F0} s after the run; "
            + $"VmRSS {HostileRun.Megabytes(run.BaselineBytes)} MB and {HostileRun.Megabytes(run.AfterBytes)} MB; CPU while settling {run.ProcessorTimeWhileSettling.TotalSeconds:F1} s\n{string.Join("\n", run.Readings)}");

        Assert.True(run.Incidents.Count == 0, $"not measured across the run: the server was replaced\n{string.Join("\n", run.Incidents)}");
        Assert.True(
            run.AfterHeapBytes <= run.BaselineHeapBytes + HostileRun.HeapTolerance,
            $"{run.HeapSettling.TotalSeconds:F0} s after the run the server's managed heap holds {heapAfter} MB after a full collection, {heapBefore} MB before it "
            + $"(allowed: {HostileRun.Megabytes(HostileRun.HeapTolerance)} MB more); the server used {run.ProcessorTimeWhileSettling.TotalSeconds:F1} s of CPU while settling (work left over from a request given up on?)");
    }

    [Fact]
    public void The_database_is_unchanged()
    {
        Assert.NotEmpty(run.Databases);
        Assert.All(run.Databases, database => Assert.Equal(database.Before, database.After));
    }
}
