using GraphQL;
using PlanData.Api.Caching;
using PlanData.Api.Http;

namespace PlanData.Api.Transport;

/// <summary>Stage 5, write: the status the spec gives the result, its cacheability, the body, and the response cache's copy.</summary>
public sealed class ResponseWriting(HttpCachePolicy cache, ResponseCache responses)
{
    public async Task WriteAsync(HttpContext context, AdmittedRequest admitted, ExecutionResult result)
    {
        var mediaType = admitted.Read.MediaType;

        // Under graphql-response+json a request that failed before execution (parse, validation,
        // variable coercion) is a 400; application/json keeps 200 for every GraphQL response.
        var status = result.Executed || mediaType == MediaTypes.Json ? 200 : 400;
        var clean = status == 200 && result.Errors is not { Count: > 0 };
        if (admitted.ETag is { } etag && clean)
        {
            cache.MarkCacheable(context, etag);
        }
        else
        {
            CacheHeaders.MarkUncacheable(context.Response);
        }

        if (admitted.CacheKey is { } miss && clean && result.Executed)
        {
            var bytes = await GraphQLResponseWriter.WriteBufferedAsync(context, result, mediaType, status);
            responses.Add(miss, new CachedResponse(bytes, context.Response.ContentType!, admitted.ETag, context.Features.Get<GraphQLRequestFeature>()!, context.Features.Get<GraphQLResultFeature>()!));
            return;
        }

        await GraphQLResponseWriter.WriteAsync(context, result, mediaType, status);
    }

    /// <summary>An answer decided at admission: 304, or a stored response, public or private by this request's credentials as a fresh one.</summary>
    public async Task WriteAnsweredAsync(HttpContext context, AdmittedRequest admitted)
    {
        var response = context.Response;
        if (admitted.ETag is { } etag)
        {
            cache.MarkCacheable(context, etag);
        }
        else
        {
            CacheHeaders.MarkUncacheable(response);
        }

        if (admitted.NotModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var cached = admitted.Cached!;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = cached.ContentType;
        response.ContentLength = cached.Body.Length;
        await response.Body.WriteAsync(cached.Body, context.RequestAborted);
    }

    /// <summary>A request refused before it ran: a GraphQL-shaped error body with the status the spec gives it.</summary>
    public static async Task WriteRefusalAsync(HttpContext context, RequestRefusedException refused, string? mediaType)
    {
        var type = mediaType ?? MediaTypes.Json;
        if (refused.Allow is not null)
        {
            context.Response.Headers.Allow = refused.Allow;
        }

        CacheHeaders.MarkUncacheable(context.Response);
        await GraphQLResponseWriter.WriteErrorAsync(context, refused.Error, type, refused.Status ?? (type == MediaTypes.Json ? 200 : 400));
    }
}
