using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Caching;

/// <summary>
/// Entity tags and Cache-Control for GraphQL responses. Only GET requests and trusted operations
/// are cacheable: an ad-hoc POST is no cache's business, and its body would have to be in the key.
/// </summary>
public sealed class HttpCachePolicy(IOptions<CachingOptions> options)
{
    /// <summary>A new build may answer the same request differently (a fixed resolver, a new field).</summary>
    private static readonly string _build = typeof(HttpCachePolicy).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly int _maxAge = options.Value.CacheMaxAgeSeconds;

    /// <summary>
    /// The strong entity tag of the response to a request: a hash of the data version, the build,
    /// the method and what decides the response body (the document, as "id:…" for a trusted operation or
    /// "query:…" for its text; operation name, variables, media type).
    /// Extensions are left out: nothing in them changes a response.
    /// </summary>
    public string ETag(HttpContext context, string document, string? operationName, JsonElement? variables, string mediaType)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, _build);
        Append(hash, DataVersion.Of(context));
        Append(hash, context.Request.Method);
        Append(hash, document);
        Append(hash, operationName ?? "");
        Append(hash, CanonicalJson.Write(variables));
        Append(hash, mediaType);
        return EntityTags.Strong(context, Base64Url.EncodeToString(hash.GetHashAndReset()));
    }

    public static bool IsNotModified(HttpRequest request, string etag) => EntityTags.Match(request.Headers.IfNoneMatch, etag);

    /// <summary>Private when the request carried credentials: a shared cache must not hand it to others.</summary>
    public void MarkCacheable(HttpContext context, string etag)
    {
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = context.Request.Headers.ContainsKey(HeaderNames.Authorization)
            ? $"private, max-age={_maxAge}"
            : $"public, max-age={_maxAge}";
    }

    private static void Append(IncrementalHash hash, string value) => Append(hash, Encoding.UTF8.GetBytes(value));

    /// <summary>Each part length-prefixed, so that no two different requests hash the same bytes.</summary>
    private static void Append(IncrementalHash hash, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, value.Length);
        hash.AppendData(length);
        hash.AppendData(value);
    }
}
