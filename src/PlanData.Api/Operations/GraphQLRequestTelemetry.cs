using System.Diagnostics;
using PlanData.Api.Authentication;
using PlanData.Api.Http;

namespace PlanData.Api.Operations;

/// <summary>
/// Around every request under /graphql: a span per GraphQL operation, named after it once the request
/// is over, its duration metric and one log line. Requests under /graphql that are not GraphQL requests
/// (the IDE's files, the SDL) and end well leave no trace here: the HTTP server span covers them.
/// </summary>
public sealed class GraphQLRequestTelemetry(RequestDelegate next, GraphQLOperationMetrics metrics, ILogger<GraphQLRequestTelemetry> logger)
{
    public const string TrustedOperationAttribute = "graphql.document.id";
    public const string ErrorCountAttribute = "plandata.graphql.errors";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PlanDataTelemetry.Source.StartActivity("GraphQL Operation", ActivityKind.Internal);
        Exception? failure = null;
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            Complete(context, activity, Stopwatch.GetElapsedTime(started), failure);
        }
    }

    private void Complete(HttpContext context, Activity? activity, TimeSpan duration, Exception? failure)
    {
        var request = context.Features.Get<GraphQLRequestFeature>();
        var result = context.Features.Get<GraphQLResultFeature>();
        var aborted = failure is OperationCanceledException && context.RequestAborted.IsCancellationRequested;
        var status = failure is null ? context.Response.StatusCode
            : aborted ? StatusCodes.Status499ClientClosedRequest
            : StatusCodes.Status500InternalServerError;
        if (request is null && result is null && failure is null && status < 400)
        {
            Discard(activity);
            return;
        }

        var operation = GraphQLOperationLabel.Of(request, result);
        var outcome = failure is not null ? (aborted ? "aborted" : "failed")
            : result is null ? (status < 400 ? "ok" : "refused")
            : !result.Executed ? "refused"
            : result.ErrorCount == 0 ? "ok"
            : "errors";
        var errorCount = result?.ErrorCount ?? 0;

        if (activity is not null)
        {
            activity.DisplayName = operation.SpanName;
            activity.SetTag(GraphQLOperationLabel.TypeAttribute, operation.Type);
            activity.SetTag(GraphQLOperationLabel.NameAttribute, operation.Name);
            activity.SetTag(TrustedOperationAttribute, request?.TrustedOperationId);
            activity.SetTag(GraphQLOperationLabel.OutcomeAttribute, outcome);
            activity.SetTag(ErrorCountAttribute, errorCount);

            // Only the API's own faults make the span an error: a refused or invalid request is the client's.
            if (failure is not null && !aborted)
            {
                activity.SetTag("error.type", failure.GetType().FullName);
                activity.SetStatus(ActivityStatusCode.Error);
            }
            else if (result?.UnexpectedErrorCount > 0)
            {
                activity.SetTag("error.type", UnexpectedError.Code);
                activity.SetStatus(ActivityStatusCode.Error);
            }
        }

        metrics.Record(duration, operation, outcome);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var line = new GraphQLRequestLine(
                operation,
                request?.TrustedOperationId,
                ClientIdentity.Of(context),
                outcome,
                errorCount,
                status,
                Math.Round(duration.TotalMilliseconds, 1),
                context.Request.Method,
                RequestTraceId.Of(context));
            logger.Log(LogLevel.Information, GraphQLRequestLine.Event, line, null, static (l, _) => l.ToString());
        }
    }

    /// <summary>Not a GraphQL request: the span is dropped, not exported.</summary>
    private static void Discard(Activity? activity)
    {
        if (activity is not null)
        {
            activity.IsAllDataRequested = false;
            activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
