using System.Diagnostics;
using System.Text;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// Requests that start a trace of their own (W3C traceparent), so that a test finds its spans, log
/// lines and error ids among those of every other request.
/// </summary>
public static class Traced
{
    public static (HttpRequestMessage Request, string TraceId) Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return Trace(request, accept);
    }

    public static (HttpRequestMessage Request, string TraceId) Get(string pathAndQuery, string? accept = null) =>
        Trace(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), accept);

    private static (HttpRequestMessage, string) Trace(HttpRequestMessage request, string? accept)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return (request, traceId);
    }

    /// <summary>Waits for what the server records after the response is sent (its spans end, its request line is logged).</summary>
    public static async Task<IReadOnlyList<T>> EventuallyAsync<T>(Func<IReadOnlyList<T>> read, Func<IReadOnlyList<T>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var items = read();
            if (done(items) || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(20);
        }
    }
}
