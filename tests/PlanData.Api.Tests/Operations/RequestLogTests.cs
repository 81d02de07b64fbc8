using System.Text.Json;
using Microsoft.Extensions.Logging;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>One log line per GraphQL request: who, which operation, how it ended, how long, under which trace id.</summary>
public sealed class RequestLogTests(ObservedApiFactory api) : IClassFixture<ObservedApiFactory>
{
    [Fact]
    public async Task A_request_logs_one_line_with_trace_client_operation_status_outcome_and_duration()
    {
        var (request, traceId) = Traced.Post("""{"query":"query PlanTitles { plans { nodes { title } } }"}""");

        var response = await api.CreateClient().SendRawAsync(request);
        var line = await RequestLineAsync(traceId);

        Assert.Equal(200, response.Status);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal($"ip:{ObservedApiFactory.ClientAddress}", line["Client"]);
        Assert.Equal("query", line["OperationType"]);
        Assert.Equal("PlanTitles", line["OperationName"]);
        Assert.Equal(200, line["Status"]);
        Assert.Equal("ok", line["Outcome"]);
        Assert.Equal(0, line["ErrorCount"]);
        Assert.Equal("POST", line["Method"]);
        Assert.IsType<double>(line["DurationMs"]);
        Assert.True((double)line["DurationMs"]! >= 0);
    }

    [Fact]
    public async Task A_trusted_operation_is_logged_with_its_id()
    {
        var id = TrustedOperations.TrustedOperationFiles.IdOf("PlanItemsByAgency");
        var (request, traceId) = Traced.Get("/graphql" + RawHttp.QueryString(("id", id), ("variables", """{"code":"quang-ngai/so-tttt"}""")));

        await api.CreateClient().SendRawAsync(request);
        var line = await RequestLineAsync(traceId);

        Assert.Equal(id, line["TrustedOperationId"]);
        Assert.Equal("PlanItemsByAgency", line["OperationName"]);
        Assert.Equal("GET", line["Method"]);
    }

    [Fact]
    public async Task Errors_are_counted_and_a_refusal_is_logged_as_such()
    {
        var (partial, partialTrace) = Traced.Post("""{"query":"{ planItems(first: 101) { totalCount } }"}""");
        var (refused, refusedTrace) = Traced.Post("""{"query":"{ plans { totalCount } }"}""", contentType: "text/plain");

        await api.CreateClient().SendRawAsync(partial);
        await api.CreateClient().SendRawAsync(refused);
        var partialLine = await RequestLineAsync(partialTrace);
        var refusedLine = await RequestLineAsync(refusedTrace);

        Assert.Equal("errors", partialLine["Outcome"]);
        Assert.Equal(1, partialLine["ErrorCount"]);
        Assert.Equal("refused", refusedLine["Outcome"]);
        Assert.Equal(415, refusedLine["Status"]);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_logged_under_its_operation()
    {
        var (request, traceId) = Traced.Post("""{"query":"query Unused($n: String) { plans { totalCount } }"}""");

        var response = await api.CreateClient().SendRawAsync(request);
        var line = await RequestLineAsync(traceId);

        Assert.Equal(400, response.Status);
        Assert.Equal("refused", line["Outcome"]);
        Assert.Equal("query", line["OperationType"]);
        Assert.Equal("Unused", line["OperationName"]);
        Assert.Equal(1, line["ErrorCount"]);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task No_log_entry_holds_a_variable_value_the_document_or_the_authorization_header(string method)
    {
        var marker = $"zq{Guid.NewGuid():N}";
        var token = $"secret-token-{Guid.NewGuid():N}";
        const string query = "query MarkedAgencies($name: String) { unusualAliasQx: agencies(where: { name: { contains: $name } }) { totalCount } }";
        var (request, traceId) = method == "POST"
            ? Traced.Post(JsonSerializer.Serialize(new { query, variables = new { name = marker } }))
            : Traced.Get("/graphql" + RawHttp.QueryString(("query", query), ("variables", JsonSerializer.Serialize(new { name = marker }))));
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");

        await api.CreateClient().SendRawAsync(request);
        await RequestLineAsync(traceId);

        foreach (var record in api.Logs.Records)
        {
            var text = record.AllText;
            Assert.DoesNotContain(marker, text);
            Assert.DoesNotContain(token, text);
            Assert.DoesNotContain("unusualAliasQx", text);
        }
    }

    private Task<LogRecord> RequestLineAsync(string traceId) => api.Logs.RequestLineAsync(traceId);
}
