using PlanData.Api.Tests.TrustedOperations;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.RateLimiting;

/// <summary>The two kinds of request that have buckets of their own.</summary>
public static class RateLimitRequests
{
    public static HttpRequestMessage AdHoc(string? accept = null) => Post("{\"query\":\"{ __typename }\"}", accept: accept);

    public static HttpRequestMessage Trusted() => Post($"{{\"id\":\"{TrustedOperationFiles.IdOf("Indicators")}\",\"variables\":{{\"first\":1}}}}");

    /// <summary>The statuses of <paramref name="count"/> requests sent one after another.</summary>
    public static async Task<int[]> StatusesAsync(this HttpClient client, int count, Func<HttpRequestMessage> request)
    {
        var statuses = new int[count];
        for (var i = 0; i < count; i++)
        {
            statuses[i] = (await client.SendRawAsync(request())).Status;
        }

        return statuses;
    }
}
