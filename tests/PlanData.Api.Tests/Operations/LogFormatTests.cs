using System.Text.Json;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

public sealed class JsonLogApi() : ObservedApiFactory(new Dictionary<string, string> { ["Logging:Format"] = "json" });

public sealed class SimpleLogApi() : ObservedApiFactory(new Dictionary<string, string> { ["Logging:Format"] = "simple" });

/// <summary>Logging:Format chooses what the console shows: a JSON object a line, or a readable line.</summary>
public sealed class JsonLogFormatTests(JsonLogApi api) : IClassFixture<JsonLogApi>
{
    [Fact]
    public async Task The_request_line_is_one_json_object_with_its_fields_and_the_trace_id_in_its_scopes()
    {
        var (request, traceId) = Traced.Post("""{"query":"query PlanTitles { plans { totalCount } }"}""");
        await api.CreateClient().SendRawAsync(request);
        var line = await api.Logs.RequestLineAsync(traceId);

        var json = ConsoleLines.Render(api.Services, line);

        Assert.Equal("json", ConsoleLines.FormatterName(api.Services));
        Assert.DoesNotContain('\n', json.TrimEnd());
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        var state = root.GetProperty("State");
        Assert.Equal("PlanData.Api.Operations.GraphQLRequestTelemetry", root.GetProperty("Category").GetString());
        Assert.True(root.TryGetProperty("Timestamp", out _));
        Assert.Equal(traceId, state.GetProperty("TraceId").GetString());
        Assert.Equal("PlanTitles", state.GetProperty("OperationName").GetString());
        Assert.Equal($"ip:{ObservedApiFactory.ClientAddress}", state.GetProperty("Client").GetString());
        Assert.Equal(200, state.GetProperty("Status").GetInt32());
        Assert.Equal("ok", state.GetProperty("Outcome").GetString());
        Assert.True(state.GetProperty("DurationMs").GetDouble() >= 0);
        Assert.Contains(root.GetProperty("Scopes").EnumerateArray(), scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("TraceId", out var id) && id.GetString() == traceId);
    }
}

public sealed class SimpleLogFormatTests(SimpleLogApi api) : IClassFixture<SimpleLogApi>
{
    [Fact]
    public async Task The_request_line_is_one_readable_line()
    {
        var (request, traceId) = Traced.Post("""{"query":"query PlanTitles { plans { totalCount } }"}""");
        await api.CreateClient().SendRawAsync(request);
        var line = await api.Logs.RequestLineAsync(traceId);

        var text = ConsoleLines.Render(api.Services, line);

        Assert.Equal("simple", ConsoleLines.FormatterName(api.Services));
        Assert.DoesNotContain('\n', text.TrimEnd());
        Assert.Contains($"GraphQL query PlanTitles from ip:{ObservedApiFactory.ClientAddress}: ok, HTTP 200 in ", text);
        Assert.Contains($" ms, POST, trace {traceId}", text);
    }
}
