using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlanData.Api.Operations;

/// <summary>
/// A health report as JSON: the overall status and each check's, so that a failed probe says which
/// check failed. Why it failed (an exception's message may hold a file path) is only told in
/// Development; elsewhere it is in the log.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var detailed = context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new Check(entry.Value.Status.ToString(), detailed ? entry.Value.Description : null, detailed ? entry.Value.Exception?.Message : null));
        return context.Response.WriteAsJsonAsync(new Report(report.Status.ToString(), checks), context.RequestAborted);
    }

    private sealed record Report(string Status, IReadOnlyDictionary<string, Check> Checks);

    private sealed record Check(
        string Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
}
