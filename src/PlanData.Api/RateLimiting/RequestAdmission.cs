using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PlanData.Api.Http;

namespace PlanData.Api.RateLimiting;

/// <summary>
/// Takes a token from the caller's bucket for every GraphQL request, a 304 included: the request was
/// still read, its document resolved and its entity tag computed.
/// </summary>
public sealed class RequestAdmission(IOptions<RateLimitingOptions> options) : IDisposable
{
    private readonly ClientBuckets? _buckets = options.Value.Enabled ? new ClientBuckets(options.Value) : null;

    /// <exception cref="RequestRefusedException">429 when the caller has used up its bucket.</exception>
    public void Admit(HttpContext context, bool trustedOperation)
    {
        if (_buckets is null)
        {
            return;
        }

        using var lease = _buckets.Take(RateLimitedClient.Of(context), trustedOperation);
        if (lease.IsAcquired)
        {
            return;
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

        // The endpoint writes its refusal over the response as it stands, headers included.
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
        throw RequestRefusedException.Http(StatusCodes.Status429TooManyRequests, RateLimitErrors.TooManyRequests(seconds));
    }

    public void Dispose() => _buckets?.Dispose();
}
