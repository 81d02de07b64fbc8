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

    /// <summary>As <see cref="WriteAsync"/>, returning the bytes written, to be kept in the response cache.</summary>
    public static async Task<byte[]> WriteBufferedAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        GraphQLResultRecorder.Record(context, result);
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        using var buffer = new MemoryStream();
        await context.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(buffer, result, context.RequestAborted);
        var bytes = buffer.ToArray();
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        return bytes;
    }

    /// <summary>An error response: no <c>data</c> entry, since nothing was executed.</summary>
    public static Task WriteErrorAsync(HttpContext context, ExecutionError error, string mediaType, int status) =>
        WriteAsync(context, new ExecutionResult { Errors = [error] }, mediaType, status);
}
