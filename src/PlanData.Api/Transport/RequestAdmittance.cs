using System.Text;
using PlanData.Api.Caching;
using PlanData.Api.Http;
using PlanData.Api.RateLimiting;
using PlanData.Api.TrustedOperations;

namespace PlanData.Api.Transport;

/// <summary>
/// Stage 2, admit: the response cache, the trusted operation the request names, the rate limit (the caller is
/// authenticated by then), and the conditional GET. A stored answer goes through the rate limit and the 304 as a fresh one does.
/// </summary>
public sealed class RequestAdmittance(TrustedOperationGate trustedOperations, HttpCachePolicy cache, RequestAdmission admission, ResponseCache responses)
{
    /// <exception cref="RequestRefusedException">No query and no trusted id, an unknown or refused id, or the caller is over its rate.</exception>
    public AdmittedRequest Admit(HttpContext context, ReadRequest read)
    {
        var key = CacheKey(context, read);
        if (key is { } hit && responses.TryGet(hit, out var cached))
        {
            context.Features.Set(cached.Request);
            admission.Admit(context, cached.Request.TrustedOperationId is not null);
            context.Features.Set(cached.Result);
            return new AdmittedRequest(read, null, hit, cached.ETag) { Cached = cached, NotModified = cached.ETag is { } stored && HttpCachePolicy.IsNotModified(context.Request, stored) };
        }

        var request = read.Parameters;
        var document = trustedOperations.Resolve(request.Query, request.OperationId)
            ?? throw RequestRefusedException.Http(400, "The request has neither a `query` nor the `id` of a trusted operation.", "HC0013");
        context.Features.Set(new GraphQLRequestFeature(request.OperationName, document.TrustedId));
        admission.Admit(context, document.TrustedId is not null);

        // An ad-hoc POST is never cached; anything else is answered 304 while the client's copy is current.
        var etag = read.IsGet || document.TrustedId is not null ? cache.ETag(context, document.TrustedId is { } id ? $"id:{id}" : $"query:{document.Text}", request.OperationName, request.Variables, read.MediaType) : null;
        return new AdmittedRequest(read, document, key, etag) { NotModified = etag is not null && HttpCachePolicy.IsNotModified(context.Request, etag) };
    }

    /// <summary>The response cache's key for this request; null when the cache is off or no data version can be read.</summary>
    private ResponseCacheKey? CacheKey(HttpContext context, ReadRequest read)
    {
        if (!responses.Enabled)
        {
            return null;
        }

        string version;
        try
        {
            version = DataVersion.Of(context);
        }
        catch (RequestRefusedException)
        {
            // The request goes on uncached and meets the same refusal where it needs the data.
            return null;
        }

        // The entity tag names the content coding the client accepts (compression happens after this).
        var request = read.Body ?? Encoding.UTF8.GetBytes(context.Request.QueryString.Value ?? "");
        var variant = $"{read.MediaType}; {context.Request.Headers.AcceptEncoding}";
        return ResponseCacheKey.Of(version, context.Request.Method, variant, CallerScope.Of(context), request);
    }
}
