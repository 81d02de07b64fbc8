using System.Diagnostics;
using OpenTelemetry;

namespace PlanData.Api.Operations;

/// <summary>
/// Removes SQL parameter values from every span before an exporter sees it: they are what clients
/// sent (filter values, cursors), and EF Core's instrumentation records them as soon as the process
/// has OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS=true (with
/// OTEL_SEMCONV_STABILITY_OPT_IN=database), a switch with no code-side off.
/// </summary>
public sealed class QueryParameterRedaction : BaseProcessor<Activity>
{
    private const string ParameterPrefix = "db.query.parameter.";

    public override void OnEnd(Activity data)
    {
        List<string>? parameters = null;
        foreach (var (key, _) in data.TagObjects)
        {
            if (key.StartsWith(ParameterPrefix, StringComparison.Ordinal))
            {
                (parameters ??= []).Add(key);
            }
        }

        foreach (var key in parameters ?? [])
        {
            data.SetTag(key, null);
        }
    }
}
