using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// Every error of every response carries the request's trace id, the one its log line has: errors of
/// execution, of validation and the transport's refusals alike.
/// </summary>
public sealed class ErrorTraceIdTests(ObservedApiFactory api) : IClassFixture<ObservedApiFactory>
{
    public static TheoryData<string, string, int> Failures => new()
    {
        { """{"query":"{ planItems(first: 101) { totalCount } }"}""", "application/json", 200 },
        { """{"query":"{ noSuchField }"}""", "application/json", 400 },
        { """{"query":"{ plans { "}""", "application/json", 400 },
        { """{"query":"mutation { nothing }"}""", "application/json", 400 },
        { """{"query":"{ plans { totalCount } }"}""", "text/plain", 415 },
        { """{"query": 5}""", "application/json", 400 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Each_error_has_the_trace_id_of_the_request_and_its_log_line(string body, string contentType, int status)
    {
        var (request, traceId) = Traced.Post(body, contentType);

        var response = await api.CreateClient().SendRawAsync(request);
        var line = await api.Logs.RequestLineAsync(traceId);

        Assert.Equal(status, response.Status);
        var errors = response.Json["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Equal(traceId, (string?)error!["extensions"]!["traceId"]));
        Assert.Equal(traceId, line["TraceId"]);
        Assert.Equal(status, line["Status"]);
    }

    [Fact]
    public async Task A_response_without_errors_has_no_trace_id_in_its_body_and_stays_cacheable()
    {
        var (request, _) = Traced.Get("/graphql?query=%7B%20plans%20%7B%20totalCount%20%7D%20%7D");

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(200, response.Status);
        Assert.DoesNotContain("traceId", response.Text);
        Assert.NotNull(response.ETag);
    }
}
