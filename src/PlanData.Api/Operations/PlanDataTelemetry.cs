using System.Diagnostics;

namespace PlanData.Api.Operations;

/// <summary>The API's own telemetry: one name for its ActivitySource and its Meter.</summary>
public static class PlanDataTelemetry
{
    public const string Name = "PlanData.Api";

    public static readonly ActivitySource Source = new(Name, typeof(PlanDataTelemetry).Assembly.GetName().Version?.ToString());
}
