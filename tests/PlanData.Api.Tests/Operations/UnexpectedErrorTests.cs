using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// An exception in a resolver, outside Development: the client gets a generic error with the trace id,
/// never the exception's message, type, stack, SQL or path; the log gets all of it under the same id.
/// </summary>
public sealed class UnexpectedErrorTests(FailingDatabaseApi api) : IClassFixture<FailingDatabaseApi>
{
    [Theory]
    [InlineData(RawHttp.GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task The_client_gets_a_generic_error_with_the_trace_id_and_nothing_else(string accept)
    {
        var (request, traceId) = Traced.Post("""{"query":"query PlanTitles { plans { nodes { title } } }"}""", accept: accept);

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(200, response.Status);
        var error = Assert.Single(response.Json["errors"]!.AsArray())!.AsObject();
        Assert.Equal($"Unexpected Execution Error. Trace id: {traceId}.", (string?)error["message"]);
        var extensions = error["extensions"]!.AsObject();
        Assert.Equal(["code", "traceId"], extensions.Select(e => e.Key).Order());
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", (string?)extensions["code"]);
        Assert.Equal(traceId, (string?)extensions["traceId"]);
        AssertNothingLeaks(response.Text);
    }

    [Fact]
    public async Task The_log_has_the_exception_under_the_trace_id_of_the_response()
    {
        var (request, traceId) = Traced.Post("""{"query":"query PlanTitles { plans { nodes { title } } }"}""");

        var response = await api.CreateClient().SendRawAsync(request);
        var line = await api.Logs.RequestLineAsync(traceId);

        var responseTraceId = (string?)response.SingleError["extensions"]!["traceId"];
        var logged = Assert.Single(api.Logs.Records, r => r.EventId.Name == "UnexpectedGraphQLError" && (string?)r["TraceId"] == responseTraceId);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(FailingDatabaseApi.SecretPath, logged.Exception!.Message);
        Assert.Equal("PlanTitles", logged["OperationName"]);
        Assert.Equal("plans", logged["Path"]);
        Assert.Equal(responseTraceId, line["TraceId"]);
        Assert.Equal("errors", line["Outcome"]);
    }

    [Fact]
    public async Task The_operation_span_is_marked_as_an_error()
    {
        var (request, traceId) = Traced.Post("""{"query":"query PlanTitles { plans { nodes { title } } }"}""");

        await api.CreateClient().SendRawAsync(request);
        var spans = await Traced.EventuallyAsync<Activity>(
            () => [.. api.Spans.Snapshot().Where(s => s.TraceId.ToHexString() == traceId && s.Source.Name == "PlanData.Api")],
            found => found.Count > 0);

        var operation = Assert.Single(spans);
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", operation.GetTagItem("error.type"));
    }

    internal static void AssertNothingLeaks(string body)
    {
        Assert.DoesNotContain("secret-folder", body);
        Assert.DoesNotContain("SELECT", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("disk I/O", body);
        Assert.DoesNotContain("InvalidOperation", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("INVALID_OPERATION", body);
        Assert.DoesNotContain(" at ", body);
        Assert.DoesNotContain("\"details\"", body);
    }
}
