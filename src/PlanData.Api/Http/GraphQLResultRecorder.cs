using GraphQL;
using GraphQL.Execution;

namespace PlanData.Api.Http;

public static partial class GraphQLResultRecorder
{
    public const string TraceIdExtension = "traceId";

    /// <summary>
    /// Before a GraphQL response is written: gives every error the request's trace id, logs each
    /// unexpected one with its exception under that id, and notes the outcome for the request's log
    /// line and span (<see cref="GraphQLResultFeature"/>).
    /// </summary>
    public static void Record(HttpContext context, ExecutionResult result)
    {
        var traceId = RequestTraceId.Of(context);

        // A document that failed validation has no operation in the result, but it names one.
        var operation = result.Operation
            ?? (result.Document is { } document ? OperationSelection.Find(document, context.Features.Get<GraphQLRequestFeature>()?.OperationName) : null);
        var operationName = operation?.Name?.StringValue;
        var unexpected = 0;
        foreach (var error in result.Errors ?? [])
        {
            (error.Extensions ??= [])[TraceIdExtension] = traceId;
            if (error is UnhandledError)
            {
                unexpected++;
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLResultRecorder));
                LogUnexpectedError(logger, error.InnerException ?? error, operationName, string.Join('.', error.Path ?? []), traceId);
            }
        }

        context.Features.Set(new GraphQLResultFeature(result.Executed, result.Errors?.Count ?? 0, unexpected, operation?.Operation, operationName));
    }

    [LoggerMessage(EventId = 2, EventName = "UnexpectedGraphQLError", Level = LogLevel.Error,
        Message = "Unexpected error in GraphQL operation {OperationName} at {Path} (trace {TraceId})")]
    private static partial void LogUnexpectedError(ILogger logger, Exception exception, string? operationName, string path, string traceId);
}
