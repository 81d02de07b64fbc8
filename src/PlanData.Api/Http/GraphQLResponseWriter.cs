using GraphQL;

namespace PlanData.Api.Http;

public static class GraphQLResponseWriter
{
    /// <summary>Every GraphQL response goes through here, so that each of its errors carries the request's trace id.</summary>
    public static Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int status) =>
        Begin(context, result, mediaType, status).WriteAsync(context.Response.Body, result, context.RequestAborted);

    /// <summary>As <see cref="WriteAsync"/>, returning the bytes written, to be kept in the response cache.</summary>
    public static async Task<byte[]> WriteBufferedAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        using var buffer = new MemoryStream();
        await Begin(context, result, mediaType, status).WriteAsync(buffer, result, context.RequestAborted);
        var bytes = buffer.ToArray();
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        return bytes;
    }

    /// <summary>Records the result for the log and the trace, sets status and media type; returns the serializer to write it with.</summary>
    private static IGraphQLTextSerializer Begin(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        GraphQLResultRecorder.Record(context, result);
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        return context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
    }

    /// <summary>An error response: no <c>data</c> entry, since nothing was executed.</summary>
    public static Task WriteErrorAsync(HttpContext context, ExecutionError error, string mediaType, int status) =>
        WriteAsync(context, new ExecutionResult { Errors = [error] }, mediaType, status);
}
