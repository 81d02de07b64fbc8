using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Http;

/// <summary>The cache headers every GraphQL answer carries, whatever stage wrote it.</summary>
public static class CacheHeaders
{
    /// <summary>An answer no cache may keep (errors, refusals, ad-hoc POSTs).</summary>
    public static void MarkUncacheable(HttpResponse response) => response.Headers.CacheControl = "no-store";

    /// <summary>The request headers a response depends on; Accept-Encoding also for a 304, which compression never sees.</summary>
    public static void AddVary(HttpResponse response) =>
        response.Headers.Append(HeaderNames.Vary, "Accept, Accept-Encoding, Authorization");
}
