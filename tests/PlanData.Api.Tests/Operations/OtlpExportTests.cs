using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace PlanData.Api.Tests.Operations;

public sealed class OtlpExportingApi : ObservedApiFactory
{
    public OtlpExportingApi()
        : this(new OtlpCollector())
    {
    }

    private OtlpExportingApi(OtlpCollector collector)
        : base(new Dictionary<string, string>
        {
            ["OpenTelemetry:Otlp:Endpoint"] = collector.Endpoint,
            ["OpenTelemetry:Otlp:Protocol"] = "http/protobuf",
        })
    {
        Collector = collector;
    }

    public OtlpCollector Collector { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Collector.Dispose();
    }
}

/// <summary>OpenTelemetry:Otlp:Endpoint sends traces and metrics to a collector, each signal to its OTLP path.</summary>
public sealed class OtlpExportTests(OtlpExportingApi api) : IClassFixture<OtlpExportingApi>
{
    [Fact]
    public async Task The_operation_span_and_the_metrics_reach_the_configured_collector()
    {
        var name = $"Exported{Guid.NewGuid():N}";
        var (request, _) = Traced.Post($$"""{"query":"query {{name}} { plans { totalCount } }"}""");
        await api.CreateClient().SendAsync(request);

        var received = await Traced.EventuallyAsync(
            () =>
            {
                api.Services.GetRequiredService<TracerProvider>().ForceFlush();
                api.FlushMetrics();
                return api.Collector.Received;
            },
            batches => Has(batches, "/v1/traces", $"query {name}") && Has(batches, "/v1/metrics", "plandata.graphql.operation.duration"));

        Assert.True(Has(received, "/v1/traces", $"query {name}"), string.Join(", ", received.Select(r => r.Path)));
        Assert.True(Has(received, "/v1/metrics", "plandata.graphql.operation.duration"), string.Join(", ", received.Select(r => r.Path)));
    }

    /// <summary>Protobuf writes strings as UTF-8 bytes: a span's name can be found in the batch as it is.</summary>
    private static bool Has(IReadOnlyList<(string Path, byte[] Body)> batches, string path, string text) =>
        batches.Any(b => b.Path == path && b.Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0);
}
