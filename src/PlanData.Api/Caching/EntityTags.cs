using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Caching;

public static class EntityTags
{
    /// <summary>
    /// A strong entity tag for <paramref name="opaque"/>, with the content coding the response will be
    /// compressed with: a strong tag promises the same bytes, and a gzip body is not the Brotli one.
    /// </summary>
    public static string Strong(HttpContext context, string opaque)
    {
        var compression = context.RequestServices.GetService<IResponseCompressionProvider>();
        var coding = compression is not null && compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName
            : null;
        return coding is null ? $"\"{opaque}\"" : $"\"{opaque}-{coding}\"";
    }

    /// <summary>
    /// If-None-Match holds <paramref name="etag"/> (weak comparison, RFC 9110 13.1.2). "*" is not
    /// honoured: it would answer 304 to a request whose response was never given a tag (an error).
    /// </summary>
    public static bool Match(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Compare(current, useStrongComparison: false));
    }
}
