using System.Text;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Authentication;

/// <summary>Requests with and without credentials, and what a test reads of their answers.</summary>
public static class AuthRequests
{
    public const string PlansQuery = """{"query":"{ plans { totalCount } }"}""";

    public static HttpRequestMessage Query(string? bearer = null, string? apiKey = null, string? accept = null) =>
        WithCredentials(RawHttp.Post(PlansQuery, accept: accept), bearer, apiKey);

    public static HttpRequestMessage Get(string url, string? bearer = null, string? apiKey = null, string? accept = null) =>
        WithCredentials(RawHttp.WithAccept(new HttpRequestMessage(HttpMethod.Get, url), accept), bearer, apiKey);

    public static HttpRequestMessage WithCredentials(HttpRequestMessage request, string? bearer, string? apiKey)
    {
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearer}");
        }

        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", apiKey);
        }

        return request;
    }

    public static IReadOnlyList<string> Challenges(this RawResponse response) =>
        response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var values) ? [.. values] : [];

    public static string? Client(this RawResponse response) => response.Header(AuthApi.ClientHeader);

    public static int TotalPlans(this RawResponse response) => (int)response.Json["data"]!["plans"]!["totalCount"]!;

    public static string? Message(this RawResponse response) => (string?)response.SingleError["message"];

    /// <summary>Neither the credential nor any of its dot-separated parts (a token's signature alone is a secret too).</summary>
    public static void AssertDoesNotEcho(this RawResponse response, string credential)
    {
        var everything = response.Text + string.Join("\n", response.Headers.NonValidated.Select(h => $"{h.Key}: {h.Value}"));
        foreach (var part in credential.Split('.').Where(p => p.Length >= 16).Append(credential))
        {
            Assert.DoesNotContain(part, everything, StringComparison.Ordinal);
        }
    }
}
