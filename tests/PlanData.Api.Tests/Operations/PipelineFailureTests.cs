using Microsoft.Extensions.Logging;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>An exception that escapes the GraphQL endpoint: a generic 500 with the trace id; the details only in the log.</summary>
public sealed class PipelineFailureTests(BrokenPipelineApi api) : IClassFixture<BrokenPipelineApi>
{
    [Fact]
    public async Task The_client_gets_a_generic_500_with_the_trace_id()
    {
        var (request, traceId) = Traced.Post("""{"query":"{ plans { totalCount } }"}""");

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(500, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Contains("no-store", response.CacheControl);
        Assert.Equal($"Unexpected Execution Error. Trace id: {traceId}.", (string?)response.SingleError["message"]);
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", response.ErrorCode);
        Assert.Equal(traceId, (string?)response.SingleError["extensions"]!["traceId"]);
        Assert.DoesNotContain("hunter2", response.Text);
        Assert.DoesNotContain("secret-folder", response.Text);
        Assert.DoesNotContain("InvalidOperation", response.Text);
        Assert.DoesNotContain(" at ", response.Text);
    }

    [Fact]
    public async Task The_exception_and_the_request_line_are_logged_under_that_trace_id()
    {
        var (request, traceId) = Traced.Post("""{"query":"query Broken { plans { totalCount } }","operationName":"Broken"}""");

        await api.CreateClient().SendRawAsync(request);
        var line = await api.Logs.RequestLineAsync(traceId);

        Assert.Equal("failed", line["Outcome"]);
        Assert.Equal(500, line["Status"]);
        Assert.Equal("Broken", line["OperationName"]);
        var logged = Assert.Single(api.Logs.Records, r =>
            r.Level == LogLevel.Error && r.Exception?.Message == BrokenPipelineApi.Secret
            && r.ScopeProperties.Any(p => p.Key == "TraceId" && p.Value?.ToString() == traceId));
        Assert.NotNull(logged);
    }
}
