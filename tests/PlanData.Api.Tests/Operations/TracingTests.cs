using System.Diagnostics;
using System.Text.Json;
using PlanData.Api.Tests.TrustedOperations;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// A span per GraphQL operation, named after it (OpenTelemetry's GraphQL conventions), under the HTTP
/// server span and over EF Core's; no span carries the document or a variable's value.
/// </summary>
public sealed class TracingTests(ObservedApiFactory api) : IClassFixture<ObservedApiFactory>
{
    private const string PlanDataSource = "PlanData.Api";
    private const string EntityFrameworkSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    /// <summary>The alias is in the document and nowhere else: not in the operation's name, not in SQL.</summary>
    private const string MarkedQuery = "query MarkedAgencies($name: String) { unusualAliasQx: agencies(where: { name: { contains: $name } }) { totalCount nodes { name } } }";

    [Fact]
    public async Task A_named_query_has_a_span_named_after_its_type_and_name_under_the_http_span()
    {
        var spans = await SendAsync(Traced.Post("""{"query":"query PlanTitles { plans { nodes { title } } }"}"""));

        var operation = Assert.Single(spans, s => s.Source.Name == PlanDataSource);
        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.Equal("query PlanTitles", operation.DisplayName);
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("PlanTitles", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("ok", operation.GetTagItem("plandata.graphql.outcome"));
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.Contains(spans, s => s.Source.Name == EntityFrameworkSource && s.ParentSpanId == operation.SpanId);
    }

    [Fact]
    public async Task An_anonymous_query_is_named_after_its_type_alone()
    {
        var spans = await SendAsync(Traced.Post("""{"query":"{ plans { totalCount } }"}"""));

        var operation = Assert.Single(spans, s => s.Source.Name == PlanDataSource);
        Assert.Equal("query", operation.DisplayName);
        Assert.Null(operation.GetTagItem("graphql.operation.name"));
    }

    [Fact]
    public async Task A_trusted_operation_is_named_from_its_document_and_carries_its_id()
    {
        var id = TrustedOperationFiles.IdOf("PlanItemsByAgency");

        var spans = await SendAsync(Traced.Post($$$"""{"id":"{{{id}}}","variables":{"code":"quang-ngai/so-tttt"}}"""));

        var operation = Assert.Single(spans, s => s.Source.Name == PlanDataSource);
        Assert.Equal("query PlanItemsByAgency", operation.DisplayName);
        Assert.Equal(id, operation.GetTagItem("graphql.document.id"));
    }

    [Fact]
    public async Task A_request_refused_before_it_is_read_has_a_span_with_the_outcome()
    {
        var spans = await SendAsync(Traced.Post("""{"query":"query Refused { plans { totalCount } }"}""", contentType: "text/plain"));

        var operation = Assert.Single(spans, s => s.Source.Name == PlanDataSource);
        Assert.Equal("GraphQL Operation", operation.DisplayName);
        Assert.Equal("refused", operation.GetTagItem("plandata.graphql.outcome"));
        Assert.Equal(ActivityStatusCode.Unset, operation.Status);
    }

    [Fact]
    public async Task The_schema_download_under_graphql_has_no_operation_span()
    {
        var (request, traceId) = Traced.Get("/graphql/schema.graphql");

        var response = await api.CreateClient().SendRawAsync(request);
        var spans = await Traced.EventuallyAsync(() => InTrace(traceId), s => s.Any(x => x.Kind == ActivityKind.Server));

        Assert.Equal(200, response.Status);
        Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.DoesNotContain(spans, s => s.Source.Name == PlanDataSource);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task No_span_holds_the_document_or_a_variable_value_though_the_sql_is_kept(string method)
    {
        var marker = $"zq{Guid.NewGuid():N}";
        var variables = JsonSerializer.Serialize(new { name = marker });
        var traced = method == "POST"
            ? Traced.Post(JsonSerializer.Serialize(new { query = MarkedQuery, variables = new { name = marker } }))
            : Traced.Get("/graphql" + RawHttp.QueryString(("query", MarkedQuery), ("variables", variables)));

        var spans = await SendAsync(traced);

        var operation = Assert.Single(spans, s => s.Source.Name == PlanDataSource);
        Assert.Equal("query MarkedAgencies", operation.DisplayName);
        var sql = spans.Where(s => s.Source.Name == EntityFrameworkSource).SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? "");
        Assert.Contains(sql, value => value.Contains("Agencies", StringComparison.Ordinal));
        foreach (var span in api.Spans.Snapshot())
        {
            foreach (var (key, value) in span.TagObjects)
            {
                var text = value?.ToString() ?? "";
                Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{span.Source.Name} span {span.DisplayName} has the variable's value in {key}: {text}");
                Assert.False(text.Contains("unusualAliasQx", StringComparison.Ordinal), $"{span.Source.Name} span {span.DisplayName} has the document in {key}: {text}");
            }

            Assert.DoesNotContain(marker, span.DisplayName);
            Assert.DoesNotContain(marker, span.StatusDescription ?? "");
        }
    }

    /// <summary>Sends the request and returns its trace once the server span has ended (it is the last).</summary>
    private async Task<IReadOnlyList<Activity>> SendAsync((HttpRequestMessage Request, string TraceId) traced)
    {
        var response = await api.CreateClient().SendRawAsync(traced.Request);
        Assert.True(response.Status is 200 or 415, response.Text);
        return await Traced.EventuallyAsync(() => InTrace(traced.TraceId), spans => spans.Any(s => s.Kind == ActivityKind.Server));
    }

    private IReadOnlyList<Activity> InTrace(string traceId) => [.. api.Spans.Snapshot().Where(s => s.TraceId.ToHexString() == traceId)];
}
