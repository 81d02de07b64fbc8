using System.Diagnostics;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;
using Xunit.Abstractions;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// Eight clients keep querying a running API while an operator imports into its database three
/// times (the import command, in its own process, renames a new file over the live one, or commits
/// one transaction to the PostgreSQL database). No request
/// fails, no response mixes two versions, every entity tag goes with one version's data, and every
/// client sees each new version within seconds.
/// </summary>
public sealed class LiveImportTests(ITestOutputHelper output)
{
    private const int Clients = 8;

    // Several statements a request: each root field, the nested items connections, and the same
    // fields again, so that a response read across a swap would hold parts of two versions.
    private const string Query = """
        {
          plans(first: 10) { totalCount nodes { number title items(first: 1) { totalCount } } }
          planItems(first: 1) { totalCount }
          agencies(first: 1) { totalCount }
          plansAgain: plans(first: 10) { nodes { number title } }
          planItemsAgain: planItems(first: 1) { totalCount }
        }
        """;

    private static readonly TimeSpan _seeNewVersionWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Clients_querying_through_three_imports_never_fail_nor_see_two_versions_at_once()
    {
        await using var api = new UnthrottledApiFactory();
        var first = await api.CreateClient().SendRawAsync(Get(null, ("query", Query)));
        Assert.Equal(200, first.Status);
        List<string> versions = [await OperatorImport.SignatureOfFileAsync(api.DatabasePath)];
        var latest = new string?[Clients];
        var switches = new List<TimeSpan>();
        var corrected = OperatorImport.WriteCorrected15(Path.GetDirectoryName(api.DatabasePath)!);
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, Clients)
            .Select(i => Task.Run(() => QueryUntilStoppedAsync(api.CreateClient(), conditional: i % 2 == 1, signature => Volatile.Write(ref latest[i], signature), stop.Token)))
            .ToList();

        try
        {
            await WaitUntilEveryClientSeesAsync(latest, versions[0], clients);
            foreach (var (document, replace) in new[] { (OperatorImport.Plan15, false), (OperatorImport.Plan27, false), (corrected, true) })
            {
                await OperatorImport.RunAsync(api.DatabasePath, document, replace);
                var imported = Stopwatch.StartNew();
                versions.Add(await OperatorImport.SignatureOfFileAsync(api.DatabasePath));
                await WaitUntilEveryClientSeesAsync(latest, versions[^1], clients);
                switches.Add(imported.Elapsed);
            }
        }
        finally
        {
            File.Delete(corrected);
            await stop.CancelAsync();
            await Task.WhenAll(clients);
        }

        var seen = clients.Select(c => c.Result).ToList();
        var all = seen.SelectMany(s => s).ToList();
        Assert.Equal(4, versions.Distinct().Count());
        Assert.Empty(all.Where(o => o.Failure is not null).Select(o => o.Failure).Take(5));
        Assert.Empty(all.Where(o => !versions.Contains(o.Signature!)).Select(o => o.Signature).Distinct());
        Assert.All(all.GroupBy(o => o.ETag), tag => Assert.Single(tag.Select(o => o.Signature).Distinct()));
        Assert.All(all.GroupBy(o => o.Signature), version => Assert.Single(version.Select(o => o.ETag).Distinct()));
        Assert.Contains(all, o => o.Revalidated);
        Assert.All(seen, client => Assert.True(IsInOrder([.. client.Select(o => versions.IndexOf(o.Signature!))]), "a client saw an older version after a newer one"));
        output.WriteLine($"{all.Count} responses, per version {string.Join(" / ", versions.Select(v => all.Count(o => o.Signature == v)))}, {all.Count(o => o.Revalidated)} full answers to an old entity tag; every client on the new version {string.Join(" / ", switches.Select(t => $"{t.TotalSeconds:0.0} s"))} after the import ended");
    }

    /// <summary>GETs in a loop; a conditional client sends the entity tag of its last response and takes a 304 as that data again.</summary>
    private static async Task<List<Observation>> QueryUntilStoppedAsync(HttpClient http, bool conditional, Action<string> seen, CancellationToken stop)
    {
        var observations = new List<Observation>();
        (string ETag, string Signature)? last = null;
        while (!stop.IsCancellationRequested)
        {
            var request = Get(null, ("query", Query));
            if (conditional && last is { } cached)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
            }

            Observation observation;
            try
            {
                var response = await http.SendRawAsync(request);
                observation = (conditional, last) switch
                {
                    (true, { } unchanged) when response.Status == 304 && response.ETag == unchanged.ETag => new Observation(unchanged.ETag, unchanged.Signature, null, Revalidated: false),
                    (true, { } current) when response.ETag == current.ETag => new Observation(null, null, $"HTTP {response.Status} to If-None-Match with the current entity tag", false),
                    (true, not null) => Read(response, revalidated: true),
                    _ => Read(response, revalidated: false),
                };
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                observation = new Observation(null, null, e.Message, false);
            }

            observations.Add(observation);
            if (observation is { Failure: null, ETag: { } etag, Signature: { } signature })
            {
                last = (etag, signature);
                seen(signature);
            }

            // A breath between requests leaves the importer some of the machine; eight clients still keep requests in flight.
            await Task.Delay(1, CancellationToken.None);
        }

        return observations;
    }

    /// <summary>The version a response's data belongs to, or why it is a failure (an error, or parts that disagree).</summary>
    private static Observation Read(Transport.RawResponse response, bool revalidated)
    {
        if (response.Status != 200 || response.ETag is null || response.Json["errors"] is not null)
        {
            return new Observation(response.ETag, null, $"HTTP {response.Status}: {response.Text}", false);
        }

        var data = response.Json["data"]!;
        var plans = Plans(data["plans"]!);
        var items = (int)data["planItems"]!["totalCount"]!;

        // A plan of one version has no items in another: its nested connection comes back null.
        var itemsPerPlan = data["plans"]!["nodes"]!.AsArray().Select(p => (int?)p?["items"]?["totalCount"]).ToList();
        var consistent = plans.SequenceEqual(Plans(data["plansAgain"]!))
            && plans.Count == (int)data["plans"]!["totalCount"]!
            && items == (int)data["planItemsAgain"]!["totalCount"]!
            && itemsPerPlan.All(n => n is not null)
            && items == itemsPerPlan.Sum();
        return consistent
            ? new Observation(response.ETag, OperatorImport.Signature(plans, items), null, revalidated)
            : new Observation(response.ETag, null, $"parts of two versions: {data.ToJsonString()}", false);
    }

    private static bool IsInOrder(List<int> versions) => versions.Zip(versions.Skip(1)).All(pair => pair.First <= pair.Second);

    private static List<string> Plans(JsonNode connection) =>
        [.. connection["nodes"]!.AsArray().Select(p => $"{p!["number"]} {p["title"]}").Order(StringComparer.Ordinal)];

    private static async Task WaitUntilEveryClientSeesAsync(string?[] latest, string version, IEnumerable<Task> clients)
    {
        var deadline = DateTime.UtcNow + _seeNewVersionWithin;
        while (latest.Any(l => l != version))
        {
            Assert.True(DateTime.UtcNow < deadline, $"not every client saw {version} within {_seeNewVersionWithin.TotalSeconds} s: {string.Join("; ", latest)}");
            Assert.DoesNotContain(clients, c => c.IsFaulted);
            await Task.Delay(50);
        }
    }

    private sealed record Observation(string? ETag, string? Signature, string? Failure, bool Revalidated);
}
