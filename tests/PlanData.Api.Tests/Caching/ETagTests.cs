using System.Text.Json;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.TrustedOperations;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Caching;

/// <summary>Entity tags and Cache-Control of GET and trusted-operation responses.</summary>
[Collection(ApiCollection.Name)]
public sealed class ETagTests(PlanDataApiFactory api)
{
    private const string Query = "query($code: String) { agency(code: $code) { name } }";
    private const string SoTttt = "{\"code\":\"quang-ngai/so-tttt\"}";

    [Fact]
    public async Task The_same_get_gets_the_same_strong_etag_with_public_cache_control_and_vary()
    {
        var first = await GetAsync(SoTttt);
        var second = await GetAsync(SoTttt);

        Assert.Equal(200, first.Status);
        Assert.NotNull(first.ETag);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal("public, max-age=60", first.CacheControl);
        Assert.Equal(["Accept", "Accept-Encoding", "Authorization"], first.Headers.Vary);
    }

    [Fact]
    public async Task Different_variables_give_different_etags_and_reordered_members_the_same()
    {
        var soTttt = await GetAsync(SoTttt);
        var other = await GetAsync("{\"code\":\"quang-ngai/ubnd\"}");
        var a = await GetAsync("{\"code\":\"quang-ngai/so-tttt\",\"unused\":1}");
        var b = await GetAsync("{\"unused\":1,\"code\":\"quang-ngai/so-tttt\"}");

        Assert.NotEqual(soTttt.ETag, other.ETag);
        Assert.NotEqual(soTttt.ETag, a.ETag);
        Assert.Equal(a.ETag, b.ETag);
    }

    [Fact]
    public async Task Different_media_types_give_different_etags_and_equivalent_accept_headers_the_same()
    {
        var graphQL = await GetAsync(SoTttt, GraphQLResponseJson);
        var json = await GetAsync(SoTttt, "application/json");
        var wildcard = await GetAsync(SoTttt, "*/*");

        Assert.Equal(GraphQLResponseJson, graphQL.MediaType);
        Assert.NotEqual(graphQL.ETag, json.ETag);
        Assert.Equal("application/json", wildcard.MediaType);
        Assert.Equal(json.ETag, wildcard.ETag);
    }

    [Fact]
    public async Task Different_documents_and_operation_names_give_different_etags()
    {
        const string two = "query A { plans { totalCount } } query B { agencies { totalCount } }";

        var a = await api.CreateClient().SendRawAsync(Get(null, ("query", two), ("operationName", "A")));
        var b = await api.CreateClient().SendRawAsync(Get(null, ("query", two), ("operationName", "B")));
        var plain = await api.CreateClient().SendRawAsync(Get(null, ("query", "{ plans { totalCount } }")));

        Assert.NotEqual(a.ETag, b.ETag);
        Assert.NotEqual(a.ETag, plain.ETag);
        Assert.Equal(a.Json["data"]!.ToJsonString(), plain.Json["data"]!.ToJsonString());
    }

    [Fact]
    public async Task A_request_with_authorization_is_cacheable_only_privately()
    {
        var request = Get(null, ("query", Query), ("variables", SoTttt));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer token");

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(200, response.Status);
        Assert.NotNull(response.ETag);
        Assert.Equal("private, max-age=60", response.CacheControl);
    }

    [Fact]
    public async Task An_ad_hoc_post_is_not_cached_and_has_no_etag()
    {
        var response = await api.CreateClient().SendRawAsync(Post(JsonSerializer.Serialize(new { query = Query, variables = new { code = "quang-ngai/so-tttt" } })));

        Assert.Equal(200, response.Status);
        Assert.Null(response.ETag);
        Assert.Equal("no-store", response.CacheControl);
        Assert.Equal(["Accept", "Accept-Encoding", "Authorization"], response.Headers.Vary);
    }

    [Fact]
    public async Task A_trusted_operation_by_post_is_cached_like_a_get()
    {
        var body = $"{{\"id\":\"{TrustedOperationFiles.IdOf("PlanItemsByAgency")}\",\"variables\":{SoTttt}}}";

        var first = await api.CreateClient().SendRawAsync(Post(body));
        var second = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(200, first.Status);
        Assert.NotNull(first.ETag);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal("public, max-age=60", first.CacheControl);
    }

    [Theory]
    [InlineData("{ noSuchField }")]
    [InlineData("{ plans(first: 1000) { totalCount } }")]
    public async Task A_get_whose_response_has_errors_is_not_cached(string query)
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("query", query)));

        Assert.NotEmpty(response.Json["errors"]!.AsArray());
        Assert.Null(response.ETag);
        Assert.Equal("no-store", response.CacheControl);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    public async Task If_none_match_with_the_etag_is_304_without_a_body_but_with_the_cache_headers(string ifNoneMatch)
    {
        var first = await GetAsync(SoTttt);
        var request = Get(null, ("query", Query), ("variables", SoTttt));
        request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(ifNoneMatch, first.ETag));

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(304, response.Status);
        Assert.Empty(response.Bytes);
        Assert.Equal(first.ETag, response.ETag);
        Assert.Equal("public, max-age=60", response.CacheControl);
        Assert.Equal(["Accept", "Accept-Encoding", "Authorization"], response.Headers.Vary);
    }

    [Theory]
    [InlineData("\"stale\"")]
    [InlineData("*")]
    public async Task If_none_match_without_the_etag_is_a_full_response(string ifNoneMatch)
    {
        var request = Get(null, ("query", Query), ("variables", SoTttt));
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(200, response.Status);
        Assert.Equal("Sở Thông tin và Truyền thông", (string?)response.Json["data"]!["agency"]!["name"]);
    }

    private Task<Transport.RawResponse> GetAsync(string variables, string? accept = null) =>
        api.CreateClient().SendRawAsync(Get(accept, ("query", Query), ("variables", variables)));
}
