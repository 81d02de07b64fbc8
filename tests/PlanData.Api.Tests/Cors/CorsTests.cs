using System.Net;
using System.Text;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Cors;

public sealed class CorsApi() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["Cors:AllowedOrigins:0"] = CorsTests.AllowedOrigin,
    ["Cors:AllowedOrigins:1"] = "http://localhost:3000",
});

/// <summary>Cors:AllowedOrigins set: pages from those origins may call the API; any other origin gets no CORS header.</summary>
public sealed class CorsTests(CorsApi api) : IClassFixture<CorsApi>
{
    public const string AllowedOrigin = "https://plans.example.org";

    private const string OtherOrigin = "https://elsewhere.example.com";

    private readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_with_the_methods_and_headers()
    {
        using var response = await _http.SendAsync(Preflight(AllowedOrigin, "POST", "content-type,authorization"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([AllowedOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST"], List(response, "Access-Control-Allow-Methods"));
        Assert.Equal(["accept", "authorization", "content-type", "if-none-match"], List(response, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()).Order());
        Assert.Equal(["600"], response.Headers.GetValues("Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Each_allowed_origin_is_answered_with_itself()
    {
        using var response = await _http.SendAsync(Preflight("http://localhost:3000", "GET", "if-none-match"));

        Assert.Equal(["http://localhost:3000"], response.Headers.GetValues("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_gets_no_CORS_header()
    {
        using var response = await _http.SendAsync(Preflight(OtherOrigin, "POST", "content-type"));

        Assert.Empty(CorsHeaders(response));
    }

    [Fact]
    public async Task A_POST_from_an_allowed_origin_may_be_read_by_the_page_and_exposes_the_ETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([AllowedOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["ETag"], List(response, "Access-Control-Expose-Headers"));
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Contains("\"Query\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_schema_download_from_an_allowed_origin_exposes_its_ETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await _http.SendAsync(request);

        Assert.Equal([AllowedOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["ETag"], List(response, "Access-Control-Expose-Headers"));
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_GET_from_another_origin_is_answered_without_CORS_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", OtherOrigin);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(CorsHeaders(response));
    }

    internal static HttpRequestMessage Preflight(string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    internal static IEnumerable<string> CorsHeaders(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(header => header.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))
            .Select(header => header.Key);

    private static IEnumerable<string> List(HttpResponseMessage response, string header) =>
        response.Headers.GetValues(header).SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
