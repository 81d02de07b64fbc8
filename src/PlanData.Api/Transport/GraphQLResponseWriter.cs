using GraphQL;
using PlanData.Api.Operations;

namespace PlanData.Api.Transport;

public static class GraphQLResponseWriter
{
    /// <summary>Every GraphQL response goes through here, so that each of its errors carries the request's trace id.</summary>
    public static Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        GraphQLResultRecorder.Record(context, result);
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>An error response: no <c>data</c> entry, since nothing was executed.</summary>
    public static Task WriteErrorAsync(HttpContext context, ExecutionError error, string mediaType, int status) =>
        WriteAsync(context, new ExecutionResult { Errors = [error] }, mediaType, status);
}
