using System.Diagnostics;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Operations;

/// <summary>What the API process prints on its stdout, as an operator's log collector reads it.</summary>
public sealed class ConsoleProcessTests
{
    [Fact]
    public async Task The_request_line_is_printed_while_the_api_runs_and_its_last_lines_when_it_is_stopped()
    {
        await using var server = await ApiServerProcess.StartAsync(new ApiServerSettings
        {
            Environment = new Dictionary<string, string> { ["Logging__Format"] = "json" },
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var (request, traceId) = Traced.Post("""{"query":"{ __typename }"}""");

        await http.SendRawAsync(request);
        var printed = await Traced.EventuallyAsync<string>(() => [server.Log], log => log[0].Contains(traceId, StringComparison.Ordinal));
        Assert.Contains(traceId, printed[0]);

        // SIGTERM, as a service manager or a container runtime stops the API.
        using (var kill = Process.Start("kill", ["-TERM", server.ProcessId.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.True(await server.WaitForExitAsync(TimeSpan.FromSeconds(30)), server.Log);
        Assert.Contains("Application is shutting down...", server.Log);
    }
}
