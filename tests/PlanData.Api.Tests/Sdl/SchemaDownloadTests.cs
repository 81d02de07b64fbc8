using System.Net;
using System.Net.Http.Headers;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Sdl;

/// <summary>GET /graphql?sdl and /graphql/schema.graphql: the printed schema as a file, cacheable and revalidated.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaDownloadTests(PlanDataApiFactory api)
{
    private static readonly string _schemaFile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql"));

    private readonly HttpClient _http = api.CreateClient();

    public static TheoryData<string> Urls => ["/graphql?sdl", "/graphql/schema.graphql"];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task The_schema_is_downloaded_as_schema_graphql(string url)
    {
        using var response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment; filename=\"schema.graphql\"", response.Content.Headers.NonValidated["Content-Disposition"].ToString());
        Assert.Equal(_schemaFile, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task The_schema_may_be_cached_for_an_hour_then_revalidated(string url)
    {
        using var response = await _http.GetAsync(url);

        AssertCachedForAnHourThenRevalidated(response);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
    }

    [Fact]
    public async Task Both_addresses_give_the_same_ETag()
    {
        using var query = await _http.GetAsync("/graphql?sdl");
        using var file = await _http.GetAsync("/graphql/schema.graphql");

        Assert.Equal(query.Headers.ETag, file.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task If_None_Match_with_the_ETag_is_304_without_a_body(string url)
    {
        using var first = await _http.GetAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        AssertCachedForAnHourThenRevalidated(again);
    }

    [Fact]
    public async Task If_None_Match_with_the_ETag_among_others_or_weak_is_304()
    {
        using var first = await _http.GetAsync("/graphql?sdl");
        var tag = first.Headers.ETag!.Tag;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"old\", W/{tag}");
        using var again = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task If_None_Match_with_another_ETag_gets_the_schema()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-schema\""));

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_schemaFile, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_following_a_link_to_sdl_gets_the_file_not_the_IDE()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await api.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HEAD_has_the_headers_and_no_body()
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql/schema.graphql"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(_schemaFile), response.Content.Headers.ContentLength);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static void AssertCachedForAnHourThenRevalidated(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromHours(1), cacheControl.MaxAge);
        Assert.True(cacheControl.MustRevalidate);
    }
}
