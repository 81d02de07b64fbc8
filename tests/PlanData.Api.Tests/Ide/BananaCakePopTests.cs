using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Ide;

/// <summary>Banana Cake Pop at /graphql for browsers, as ../shared/tools/bcp-check/README.md says a server must serve it.</summary>
[Collection(ApiCollection.Name)]
public sealed class BananaCakePopTests(PlanDataApiFactory api)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static readonly Dictionary<string, string> _contentTypes = new()
    {
        [".html"] = "text/html",
        [".js"] = "text/javascript",
        [".css"] = "text/css",
        [".json"] = "application/json",
        [".webmanifest"] = "application/manifest+json",
        [".txt"] = "text/plain",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
    };

    private readonly HttpClient _http = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static TheoryData<string> Methods => ["GET", "HEAD"];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_browser_at_the_endpoint_is_sent_to_the_IDE_with_its_query_string(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql?query=%7B__typename%7D&x=1");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/?query=%7B__typename%7D&x=1", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*")]
    public async Task A_GET_without_text_html_is_still_a_GraphQL_request(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["__typename"]);
    }

    [Fact]
    public async Task The_IDE_page_is_the_packages_index_html()
    {
        using var response = await _http.GetAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(IdePackage.Read("index.html"), await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Headers.CacheControl?.NoCache, "index.html names the scripts of one package version: revalidated, never kept");
    }

    [Fact]
    public async Task Every_file_of_the_package_is_served_with_its_content_type()
    {
        var files = IdePackage.WebFiles.ToList();
        Assert.Contains("service-worker.js", files);
        Assert.Contains("manifest.webmanifest", files);
        Assert.True(files.Count(name => name.StartsWith("static/js/", StringComparison.Ordinal)) > 30, string.Join(", ", files));

        foreach (var name in files)
        {
            using var response = await _http.GetAsync($"/graphql/{name}");

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode}");
            Assert.True(_contentTypes.TryGetValue(Path.GetExtension(name), out var expected), $"{name}: which content type? (a new kind of file in the package)");
            Assert.True(expected == response.Content.Headers.ContentType?.MediaType, $"{name}: {response.Content.Headers.ContentType}");
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(IdePackage.Read(name).SequenceEqual(body), $"{name}: other bytes than the package's");
        }
    }

    [Fact]
    public async Task The_config_points_the_IDE_at_this_endpoint_without_telemetry()
    {
        using var response = await _http.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"useBrowserUrlAsEndpoint":true,"endpoint":"/graphql","disableTelemetry":true}""", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("nope.html")]
    [InlineData("static/js/nope.js")]
    [InlineData("static/js/")]
    [InlineData("static")]
    [InlineData("LICENSE")]
    [InlineData("package.json")]
    [InlineData("index.mjs")]
    [InlineData("README.md")]
    public async Task Any_other_path_below_the_IDE_is_404_never_the_page(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql/{name}");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Files_with_a_content_hash_in_their_name_are_cached_for_a_year_the_others_revalidated()
    {
        var hashed = IdePackage.WebFiles.First(name => name.StartsWith("static/js/main.", StringComparison.Ordinal));

        using var script = await _http.GetAsync($"/graphql/{hashed}");
        using var worker = await _http.GetAsync("/graphql/service-worker.js");

        Assert.Equal(TimeSpan.FromDays(365), script.Headers.CacheControl?.MaxAge);
        Assert.True(script.Headers.CacheControl?.Public);
        Assert.Contains("immutable", script.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
        Assert.True(worker.Headers.CacheControl?.NoCache);
        Assert.Null(worker.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task A_file_the_browser_has_is_not_sent_again()
    {
        using var first = await _http.GetAsync("/graphql/index.html");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/index.html");
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);
    }

    [Fact]
    public async Task HEAD_of_a_file_has_its_headers_and_no_body()
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql/favicon.svg"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IdePackage.Read("favicon.svg").Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Files_say_their_type_is_not_to_be_sniffed()
    {
        using var response = await _http.GetAsync("/graphql/manifest.webmanifest");

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }
}
