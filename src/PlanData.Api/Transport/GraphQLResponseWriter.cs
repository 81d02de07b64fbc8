using GraphQL;

namespace PlanData.Api.Transport;

public static class GraphQLResponseWriter
{
    public static Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>An error response: no <c>data</c> entry, since nothing was executed.</summary>
    public static Task WriteErrorAsync(HttpContext context, ExecutionError error, string mediaType, int status) =>
        WriteAsync(context, new ExecutionResult { Errors = [error] }, mediaType, status);
}
