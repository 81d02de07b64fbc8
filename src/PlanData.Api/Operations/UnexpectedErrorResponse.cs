using PlanData.Api.Http;

namespace PlanData.Api.Operations;

/// <summary>
/// The answer to an exception that escaped the pipeline (UseExceptionHandler): a GraphQL-shaped 500
/// with the trace id and nothing else. Written without the GraphQL serializer, which may be what failed.
/// </summary>
public static class UnexpectedErrorResponse
{
    public static Task WriteAsync(HttpContext context)
    {
        var traceId = RequestTraceId.Of(context);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.Headers.CacheControl = "no-store";
        var error = new { message = UnexpectedError.Message(traceId), extensions = new { code = UnexpectedError.Code, traceId } };
        return context.Response.WriteAsJsonAsync(new { errors = new[] { error } }, context.RequestAborted);
    }
}
