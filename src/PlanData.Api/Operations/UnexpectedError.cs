namespace PlanData.Api.Operations;

/// <summary>
/// What a client is told about a failure that is the API's fault: that it happened and the trace id
/// to quote, never the exception's message, type or stack (those go to the log under the same id).
/// </summary>
public static class UnexpectedError
{
    public const string Code = "UNEXPECTED_EXECUTION_ERROR";

    public static string Message(string? traceId) =>
        traceId is null ? "Unexpected Execution Error." : $"Unexpected Execution Error. Trace id: {traceId}.";
}
