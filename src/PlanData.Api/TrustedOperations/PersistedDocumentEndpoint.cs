using Microsoft.Net.Http.Headers;
using PlanData.Api.Caching;
using PlanData.Api.Http;

namespace PlanData.Api.TrustedOperations;

/// <summary>GET /graphql/persisted/{id}: the text of a trusted operation, so that a client can see what an id runs.</summary>
public static class PersistedDocumentEndpoint
{
    public static IEndpointConventionBuilder MapPersistedDocuments(this IEndpointRouteBuilder endpoints, string pattern) =>
        endpoints.MapGet(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext context, string id, TrustedOperationStore store)
    {
        // Also on a 304, which response compression (the one to add it otherwise) never sees.
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (store.Find(id) is not { } operation)
        {
            context.Response.Headers.CacheControl = "no-store";
            await GraphQLResponseWriter.WriteErrorAsync(context, TrustedOperationErrors.NotFound(), MediaTypes.Json, StatusCodes.Status404NotFound);
            return;
        }

        // The id is the hash of the text: the same URL can never show other bytes.
        var etag = EntityTags.Strong(context, operation.Id);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        if (EntityTags.Match(context.Request.Headers.IfNoneMatch, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = $"{MediaTypes.GraphQL}; charset=utf-8";
        await context.Response.WriteAsync(operation.Text, context.RequestAborted);
    }
}
