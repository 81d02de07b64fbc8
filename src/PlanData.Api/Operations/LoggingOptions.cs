namespace PlanData.Api.Operations;

/// <summary>Configuration section "Logging" (beside LogLevel): how the console log is written.</summary>
public sealed class LoggingOptions
{
    public const string Section = "Logging";

    public LogFormat Format { get; set; } = LogFormat.Auto;
}
