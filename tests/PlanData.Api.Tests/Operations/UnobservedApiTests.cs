using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>The API as it runs by default: no OTLP endpoint.</summary>
public sealed class UnobservedApi() : ConfiguredApiFactory(new Dictionary<string, string>());

/// <summary>With nothing to export to, no spans or measurements are made, and requests still carry their trace ids.</summary>
public sealed class UnobservedApiTests(UnobservedApi api) : IClassFixture<UnobservedApi>
{
    [Fact]
    public async Task Without_an_endpoint_nothing_is_traced_or_measured_and_trace_ids_still_reach_the_client()
    {
        var client = api.CreateClient();
        Assert.Null(api.Services.GetService<TracerProvider>());
        Assert.Null(api.Services.GetService<MeterProvider>());

        // An error still names the caller's trace (W3C traceparent), which joins it to the log line.
        var (request, traceId) = Traced.Post("""{"query":"{ noSuchField }"}""");
        var response = await client.SendRawAsync(request);
        Assert.Equal(traceId, (string?)Assert.Single(response.Json["errors"]!.AsArray())!["extensions"]!["traceId"]);
    }
}
