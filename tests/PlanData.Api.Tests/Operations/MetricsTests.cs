using OpenTelemetry.Metrics;

namespace PlanData.Api.Tests.Operations;

/// <summary>The duration histogram of GraphQL operations, by operation name and outcome.</summary>
public sealed class MetricsTests(ObservedApiFactory api) : IClassFixture<ObservedApiFactory>
{
    [Fact]
    public async Task Each_operation_is_counted_by_name_type_and_outcome()
    {
        var name = $"Counted{Guid.NewGuid():N}";
        var client = api.CreateClient();
        await client.SendAsync(Traced.Post($$"""{"query":"query {{name}} { plans { totalCount } }"}""").Request);
        await client.SendAsync(Traced.Post($$"""{"query":"query {{name}} { plans { totalCount } }"}""").Request);
        await client.SendAsync(Traced.Post($$"""{"query":"query {{name}} { planItems(first: 101) { totalCount } }"}""").Request);

        var points = await Traced.EventuallyAsync(
            () =>
            {
                api.FlushMetrics();
                return Points(name);
            },
            found => found.Sum(p => p.Count) >= 3);

        Assert.Equal(2, points.Where(p => p.Outcome == "ok").Sum(p => p.Count));
        Assert.Equal(1, points.Where(p => p.Outcome == "errors").Sum(p => p.Count));
        Assert.All(points, p => Assert.Equal("query", p.Type));
    }

    /// <summary>The latest export's points of the histogram for the operation (the exporter's temporality is cumulative).</summary>
    private IReadOnlyList<(string? Type, string? Outcome, long Count)> Points(string name)
    {
        var latest = api.Metrics.Snapshot().LastOrDefault(m => m.Name == "plandata.graphql.operation.duration"
            && m.MetricPoints.Any(p => Tag(p, "graphql.operation.name") == name));
        return latest is null
            ? []
            : [.. latest.MetricPoints.Where(p => Tag(p, "graphql.operation.name") == name)
                .Select(p => (Tag(p, "graphql.operation.type"), Tag(p, "plandata.graphql.outcome"), p.GetHistogramCount()))];
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }
}
