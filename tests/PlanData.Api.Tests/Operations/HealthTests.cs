using System.Diagnostics;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>/healthz and /readyz on a good database: anonymous, JSON, never cached.</summary>
public sealed class HealthTests(ObservedApiFactory api) : IClassFixture<ObservedApiFactory>
{
    [Fact]
    public async Task Healthz_says_healthy_and_is_not_cached()
    {
        var response = await api.CreateClient().SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/healthz"));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("Healthy", (string?)response.Json["status"]);
        Assert.Contains("no-store", response.CacheControl);
    }

    [Fact]
    public async Task Readyz_is_ready_when_the_database_answers_and_the_schema_is_built()
    {
        var response = await api.CreateClient().SendRawAsync(new HttpRequestMessage(HttpMethod.Get, "/readyz"));

        Assert.Equal(200, response.Status);
        Assert.Equal("Healthy", (string?)response.Json["status"]);
        Assert.Equal("Healthy", (string?)response.Json["checks"]!["database"]!["status"]);
        Assert.Equal("Healthy", (string?)response.Json["checks"]!["schema"]!["status"]);
        Assert.Contains("no-store", response.CacheControl);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probes_leave_no_span_and_no_graphql_log_line(string path)
    {
        var (request, traceId) = Traced.Get(path);
        var (later, laterTraceId) = Traced.Get("/graphql?query=%7B__typename%7D");

        var response = await api.CreateClient().SendRawAsync(request);
        await api.CreateClient().SendRawAsync(later);
        await Traced.EventuallyAsync<Activity>(
            () => [.. api.Spans.Snapshot().Where(s => s.TraceId.ToHexString() == laterTraceId && s.Kind == ActivityKind.Server)],
            found => found.Count > 0);

        Assert.Equal(200, response.Status);
        Assert.DoesNotContain(api.Spans.Snapshot(), span => span.TraceId.ToHexString() == traceId);
        Assert.DoesNotContain(api.Logs.Records, record => record.EventId.Name == "GraphQLRequest" && (string?)record["TraceId"] == traceId);
    }

    [Fact]
    public async Task The_probes_answer_json_objects_with_a_check_per_readiness_condition()
    {
        var ready = JsonNode.Parse(await api.CreateClient().GetStringAsync("/readyz"))!.AsObject();

        var checks = ready["checks"]!.AsObject().Select(c => c.Key).ToList();
        Assert.Contains("database", checks);
        Assert.Contains("schema", checks);
    }
}
