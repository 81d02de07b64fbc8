using System.Collections.Concurrent;
using System.Diagnostics;
using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// Sends every hostile case once to a real server process, with rate limiting off so that all of them
/// reach the parser, and measures around the run: the server's memory after a warm-up and after the
/// run, its database's SHA-256 before and after, and whether it still answers. The tests then read
/// what was recorded, in any order.
/// </summary>
public sealed class HostileRun : IAsyncLifetime
{
    private const int Parallelism = 4;

    /// <summary>A heavy case that grows the server by this much is stopped before it takes the machine down.</summary>
    private const long RunawayBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Enough large requests of each kind to grow the server's buffers and pools to what such requests need.</summary>
    private const int WarmUpLargeRequests = 5;

    /// <summary>Not a speed goal: a request unanswered this long is a hang (a fragment explosion), and the server is stopped.</summary>
    private static readonly TimeSpan _answerTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan _exitGrace = TimeSpan.FromSeconds(5);

    /// <summary>Longer than the shared array pool takes to release what it holds (see <see cref="HeapReleasedAsync"/>).</summary>
    private static readonly TimeSpan _heapSettlingLimit = TimeSpan.FromSeconds(150);

    private static readonly TimeSpan _heapSettlingStep = TimeSpan.FromSeconds(5);

    /// <summary>
    /// What the managed heap may hold after the run beyond what it held after the warm-up: GC
    /// bookkeeping, a few interned names. A cache or queue keeping the run's requests (hundreds of
    /// distinct ~1 MB strings and documents) would hold far more.
    /// </summary>
    public const long HeapTolerance = 8L * 1024 * 1024;

    /// <summary>All cases reach the parser; the default rate limits get a flood of their own (DefaultSettingsFloodTests).</summary>
    private static readonly Dictionary<string, string> _settings = new() { ["RateLimiting__Enabled"] = "false" };

    private readonly ConcurrentDictionary<string, HostileOutcome> _outcomes = new();
    private readonly ConcurrentBag<FilterOutcome> _filters = [];
    private readonly List<string> _incidents = [];
    private readonly List<string> _readings = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Before, string After)> _databases = [];
    private ApiServerProcess? _server;
    private HttpClient? _http;
    private IReadOnlyList<FilterSites.Group>? _groups;
    private string _databaseBefore = "";

    /// <summary>The result of one filter request, and (when it failed) the operators that fail on their own.</summary>
    public sealed record FilterOutcome(string Text, FilterSites.Group Group, HostileCase Case, HostileOutcome Outcome, IReadOnlyList<string> FailingSites);

    public ApiServerProcess Server => _server ?? throw new InvalidOperationException("The run has not started.");

    /// <summary>VmRSS after the warm-up: also the base of the runaway guard.</summary>
    public long BaselineBytes { get; private set; }

    public long AfterBytes { get; private set; }

    /// <summary>The managed heap after a full collection, after the warm-up and after the run.</summary>
    public long BaselineHeapBytes { get; private set; }

    public long AfterHeapBytes { get; private set; }

    /// <summary>How long after the run the managed heap took to come back to the baseline (or the most waited).</summary>
    public TimeSpan HeapSettling { get; private set; }

    /// <summary>CPU the server used while settling after the run: work it was still doing for a request given up on.</summary>
    public TimeSpan ProcessorTimeWhileSettling { get; private set; }

    public bool AnswersAfterwards { get; private set; }

    /// <summary>Why the server had to be stopped and started again during the run (a hang, a runaway).</summary>
    public IReadOnlyList<string> Incidents => _incidents;

    /// <summary>The database file's SHA-256 before and after, once per server process.</summary>
    public IReadOnlyList<(string Before, string After)> Databases => _databases;

    public TimeSpan Elapsed { get; private set; }

    /// <summary>The server's VmRSS after each part of the run, for the memory test's message.</summary>
    public IReadOnlyList<string> Readings => _readings;

    public HostileOutcome Outcome(string name) => _outcomes[name];

    public IReadOnlyList<FilterOutcome> Filters(string text) => [.. _filters.Where(f => f.Text == text).OrderBy(f => f.Group.Name, StringComparer.Ordinal)];

    public async Task InitializeAsync()
    {
        await StartServerAsync();
        Read($"after the warm-up ({_groups!.Count} filter groups, {_groups.Sum(g => g.Sites.Count)} operators)");

        var cases = HostileCases.ByName.Values.ToList();
        foreach (var (hostile, outcome) in await SendAllAsync([.. cases.Where(c => !c.Heavy)]))
        {
            _outcomes[hostile.Name] = outcome;
        }

        Read("after the light cases");
        await CheckFiltersAsync();
        Read("after the filters");
        foreach (var heavy in cases.Where(c => c.Heavy))
        {
            _outcomes[heavy.Name] = await SendGuardedAsync(heavy);
            Read($"after {heavy.Name}");
        }

        var cpu = Server.ProcessorTime();
        (AfterBytes, AfterHeapBytes) = await SettledMemoryAsync();
        ProcessorTimeWhileSettling = Server.ProcessorTime() - cpu;
        (AfterHeapBytes, HeapSettling) = await HeapReleasedAsync();
        Read("once the heap had settled");
        AnswersAfterwards = !Server.HasExited && await ApiServerProcess.AnswersTypenameAsync(_http!);
        _databases.Add((_databaseBefore, Server.DatabaseSha256()));
        Elapsed = _clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task StartServerAsync()
    {
        _server = await ApiServerProcess.StartAsync(new ApiServerSettings { Environment = _settings });
        _http?.Dispose();
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = Parallelism * 2 })
        {
            BaseAddress = _server.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _databaseBefore = _server.DatabaseSha256();
        _groups ??= await FilterSites.DiscoverAsync(_http);
        (BaselineBytes, BaselineHeapBytes) = await WarmUpAsync();
    }

    /// <summary>
    /// The baseline: the memory the server settles at once it has served the run's shapes with
    /// harmless values (every filter group, large requests), so that its pools, GC regions and query
    /// plans are as large as the run will make them and what remains to see is what the run keeps.
    /// </summary>
    private async Task<(long Resident, long Heap)> WarmUpAsync()
    {
        var harmless = _groups!.Select(g => FilterCase(g, g.Sites, "chuyen doi so")).Concat(DocumentCases.LargeRequests("warm-up ", WarmUpLargeRequests));
        await Parallel.ForEachAsync(harmless, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (request, _) =>
        {
            // Twice: a document is validated on the executor the first time and runs as its compiled plan the second, and the
            // run sends each document many times, so both paths' plans and statements belong to the warm-up.
            for (var sight = 0; sight < 2; sight++)
            {
                using var timeout = new CancellationTokenSource(_answerTimeout);
                await HostileOutcome.SendAsync(_http!, request.Request(), timeout.Token);
            }
        });
        return await SettledMemoryAsync();
    }

    /// <summary>Stops the server (whatever it is still doing), keeps its database's hash, and starts a fresh one.</summary>
    private async Task ReplaceServerAsync()
    {
        _databases.Add((_databaseBefore, Server.DatabaseSha256()));
        await Server.DisposeAsync();
        await StartServerAsync();
    }

    /// <summary>
    /// Sends the cases side by side. Any left unanswered (a hang, or a crash that took the others
    /// down with it) is sent again alone to a fresh server, so that the case to blame is named.
    /// </summary>
    private async Task<Dictionary<HostileCase, HostileOutcome>> SendAllAsync(IReadOnlyList<HostileCase> cases)
    {
        var outcomes = new ConcurrentDictionary<HostileCase, HostileOutcome>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (hostile, _) =>
        {
            using var timeout = new CancellationTokenSource(_answerTimeout);
            outcomes[hostile] = await HostileOutcome.SendAsync(_http!, hostile.Request(), timeout.Token);
        });

        var unanswered = cases.Where(c => outcomes[c].Answer is null && !c.ExceedsServerLimits).ToList();
        if (unanswered.Count > 0)
        {
            // The server may still be busy with what it was given up on, or dying: start afresh.
            var exited = await Server.WaitForExitAsync(_exitGrace) ? $"it exited (code {Server.ExitCode})\n{Server.Excerpt()}" : "it was stopped";
            _incidents.Add($"{unanswered.Count} cases side by side were not answered ({string.Join("; ", unanswered.Take(5).Select(c => c.Name))}...); {exited}; each was sent again alone");
            await ReplaceServerAsync();
            foreach (var hostile in unanswered)
            {
                outcomes[hostile] = await SendGuardedAsync(hostile);
            }
        }

        return new(outcomes);
    }

    /// <summary>One request per filter group and text; a failing group is sent again operator by operator to name the culprits.</summary>
    private async Task CheckFiltersAsync()
    {
        var work = InjectionCases.FilterTexts.SelectMany(text => _groups!.Select(group => (Text: text, Group: group, Case: FilterCase(group, group.Sites, text)))).ToList();
        var outcomes = await SendAllAsync([.. work.Select(w => w.Case)]);
        foreach (var (text, group, hostile) in work)
        {
            List<string> failing = [];
            if (AnswerShape.Problems(hostile, outcomes[hostile]).Count > 0)
            {
                var singles = group.Sites.ToDictionary(site => FilterCase(group, [site], text));
                foreach (var (single, outcome) in await SendAllAsync([.. singles.Keys]))
                {
                    if (AnswerShape.Problems(single, outcome) is [var first, ..])
                    {
                        failing.Add($"{singles[single].Name}: {first}");
                    }
                }
            }

            _filters.Add(new FilterOutcome(text, group, hostile, outcomes[hostile], failing));
        }
    }

    /// <summary>Text operators must run (data, no errors); an ID whose type the name only suggests may be refused cleanly.</summary>
    private static HostileCase FilterCase(FilterSites.Group group, IReadOnlyList<FilterSites.Site> sites, string text) =>
        new($"{group.Name} with `{InjectionCases.Printable(text)}`", () => Post(FilterSites.Body(group, sites, text))) { DataRequired = !group.Ids };

    /// <summary>
    /// Sends a case alone, watching the server's memory. A case that hangs, runs away or kills the
    /// server is recorded, and the server replaced, so that the remaining cases still get an answer.
    /// </summary>
    private async Task<HostileOutcome> SendGuardedAsync(HostileCase hostile)
    {
        var server = Server;
        using var stop = new CancellationTokenSource(_answerTimeout);
        var sending = HostileOutcome.SendAsync(_http!, hostile.Request(), stop.Token);
        var peak = 0L;
        while (!sending.IsCompleted && !server.HasExited)
        {
            await Task.WhenAny(sending, Task.Delay(100));
            peak = Math.Max(peak, server.ResidentBytes());
            if (peak > BaselineBytes + RunawayBytes)
            {
                await stop.CancelAsync();
            }
        }

        var outcome = await sending;
        if (peak > BaselineBytes + RunawayBytes)
        {
            outcome = outcome with { Answer = null, Failure = $"the server grew to {Megabytes(peak)} MB answering it" };
        }

        if (outcome.Answer is not null)
        {
            return outcome;
        }

        // A crash takes a moment: the runtime prints the stack first.
        if (await server.WaitForExitAsync(_exitGrace))
        {
            outcome = outcome with { Failure = $"the server exited (code {server.ExitCode}) answering it" };
            _incidents.Add($"{hostile.Name}: {outcome.Failure}; it was started again\n{server.Excerpt()}");
        }
        else
        {
            _incidents.Add($"{hostile.Name}: {outcome.Failure}; the server was stopped and started again");
        }

        await ReplaceServerAsync();
        return outcome;
    }

    /// <summary>
    /// The memory the server settles at after normal requests and a pause: VmRSS (the least of a few
    /// readings, so that a collection in progress does not count), and the managed heap after a full collection.
    /// </summary>
    private async Task<(long Resident, long Heap)> SettledMemoryAsync()
    {
        for (var round = 0; round < 3; round++)
        {
            await NormalTraffic.SendAsync(_http!);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        var least = long.MaxValue;
        for (var reading = 0; reading < 5; reading++)
        {
            least = Math.Min(least, Server.ResidentBytes());
            await Task.Delay(200);
        }

        return (least, await ManagedHeap.BytesAfterFullCollectionAsync(Server.ProcessId));
    }

    /// <summary>
    /// The managed heap once the buffers the run left in the runtime's shared array pool are released:
    /// the pool keeps each thread's last large buffers until two full collections at least 30 s apart
    /// (a minute for its per-core stores) have seen them unused, so full collections are induced every
    /// few seconds until the heap is back to the baseline or <see cref="_heapSettlingLimit"/> has passed.
    /// </summary>
    private async Task<(long Heap, TimeSpan Waited)> HeapReleasedAsync()
    {
        var waited = Stopwatch.StartNew();
        var heap = AfterHeapBytes;
        while (heap > BaselineHeapBytes + HeapTolerance && waited.Elapsed < _heapSettlingLimit)
        {
            await Task.Delay(_heapSettlingStep);
            heap = await ManagedHeap.BytesAfterFullCollectionAsync(Server.ProcessId);
        }

        return (heap, waited.Elapsed);
    }

    private void Read(string when) => _readings.Add($"{Megabytes(Server.ResidentBytes())} MB at {_clock.Elapsed.TotalSeconds:F0} s, {when}");

    public static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
