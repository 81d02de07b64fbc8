namespace PlanData.Api.Operations;

public enum LogFormat
{
    /// <summary>Simple text on a terminal or in Development; JSON lines otherwise (a service, a container).</summary>
    Auto,

    /// <summary>One JSON object a line, for log collectors.</summary>
    Json,

    /// <summary>One readable line a message.</summary>
    Simple,
}
