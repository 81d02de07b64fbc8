using Microsoft.Extensions.Logging;
using PlanData.Api.GraphQL;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Operations;
using PlanData.Querying;

namespace PlanData.Api.Tests.GraphQL;

/// <summary>The API as it starts by default: the warm-up query runs once it listens, before and without any client.</summary>
public sealed class WarmedUpApi() : ObservedApiFactory(new Dictionary<string, string> { ["GraphQL:WarmUp:Enabled"] = "true" });

public sealed class WarmUpTests(WarmedUpApi api) : IClassFixture<WarmedUpApi>
{
    [Fact]
    public async Task The_warm_up_runs_without_a_request_and_leaves_no_warning()
    {
        _ = api.Server;

        var warmedUp = await EventuallyAsync(() => api.Logs.Records.Where(r => r.Category == typeof(SchemaWarmUp).FullName).ToList());

        var line = Assert.Single(warmedUp);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.StartsWith("Warmed up in ", line.Message, StringComparison.Ordinal);

        // A warning here would be written on every start (EF Core's warnings are shown: appsettings.json).
        Assert.Empty(api.Logs.Records.Where(r => r.Level >= LogLevel.Warning && r.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).Select(r => r.Message));

        // It is not a client's request: no request line, nothing counted as one.
        Assert.DoesNotContain(api.Logs.Records, r => r.EventId.Name == "GraphQLRequest");
    }

    [Fact]
    public async Task Requests_are_answered_the_same_with_the_warm_up_done()
    {
        var client = new GraphQLClient(api.CreateClient());
        await EventuallyAsync(() => api.Logs.Records.Where(r => r.Category == typeof(SchemaWarmUp).FullName).ToList());

        var data = await client.DataAsync("{ plans(first: 1) { nodes { number items(first: 2) { totalCount nodes { number } } } } }");

        var plan = data["plans"]!["nodes"]![0]!;
        Assert.Equal("04/KH-BCĐ", (string?)plan["number"]);
        Assert.Equal(11, (int)plan["items"]!["totalCount"]!);
        Assert.Equal([1, 2], plan["items"]!["nodes"]!.AsArray().Select(n => (int)n!["number"]!));
    }

    /// <summary>The warm-up ends on its own time, after the start; a slow machine gets a minute.</summary>
    private static async Task<List<LogRecord>> EventuallyAsync(Func<List<LogRecord>> read)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (read() is { Count: 0 } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return read();
    }
}
