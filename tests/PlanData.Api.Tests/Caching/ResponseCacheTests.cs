using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Caching;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Storage;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Caching;

/// <summary>
/// A repeated request is answered from the response cache without touching the database, with the same
/// bytes; anything that changes the answer (variables, media type, data version) is a different entry;
/// answers with errors are never kept; the cache stays within its size.
/// </summary>
public sealed class ResponseCacheTests
{
    private static readonly (string, string) ResponseCacheOn = ("GraphQL:ResponseCache:Enabled", "true");

    private const string Widget = """{"query":"{ planItems(first: 3, where: { schedule: { kind: { eq: QUARTER } } }) { totalCount nodes { number title } } }"}""";

    [Fact]
    public async Task A_repeated_request_gets_the_same_bytes_without_any_sql()
    {
        await using var api = SqlRecordingApiFactory.With(ResponseCacheOn);
        var http = api.CreateClient();

        var first = await http.SendRawAsync(Post(Widget));
        var statementsFirst = api.Sql.Statements.Count;
        api.Sql.Clear();
        var second = await http.SendRawAsync(Post(Widget));

        Assert.Equal(200, first.Status);
        Assert.True(statementsFirst > 0);
        Assert.Empty(api.Sql.Statements);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(first.MediaType, second.MediaType);
        Assert.Equal("no-store", second.CacheControl);
    }

    [Fact]
    public async Task Different_variables_and_media_types_are_different_answers()
    {
        await using var api = SqlRecordingApiFactory.With(ResponseCacheOn);
        var client = api.CreateGraphQLClient();
        const string query = "query($n: Int!) { planItems(first: $n) { nodes { number } } }";

        var two = await client.DataAsync(query, new { n = 2 });
        var three = await client.DataAsync(query, new { n = 3 });
        var twoAgain = await client.DataAsync(query, new { n = 2 });
        var asJson = await client.Http.SendRawAsync(Post("""{"query":"{ plans { totalCount } }"}""", accept: "application/json"));
        var asGraphQLResponse = await client.Http.SendRawAsync(Post("""{"query":"{ plans { totalCount } }"}""", accept: GraphQLResponseJson));

        Assert.Equal(2, two["planItems"]!["nodes"]!.AsArray().Count);
        Assert.Equal(3, three["planItems"]!["nodes"]!.AsArray().Count);
        Assert.Equal(two.ToJsonString(), twoAgain.ToJsonString());
        Assert.Equal("application/json", asJson.MediaType);
        Assert.Equal(GraphQLResponseJson, asGraphQLResponse.MediaType);
    }

    [Fact]
    public async Task An_answer_with_errors_is_never_kept()
    {
        await using var api = SqlRecordingApiFactory.With(ResponseCacheOn);
        var client = api.CreateGraphQLClient();
        const string query = """{ plans { totalCount } node(id: "!!!") { id } }""";

        var first = await client.PostAsync(query);
        api.Sql.Clear();
        var second = await client.PostAsync(query);

        Assert.NotNull(first.Errors);
        Assert.NotNull(second.Errors);
        Assert.NotEmpty(api.Sql.Statements);
    }

    [Fact]
    public async Task A_get_from_the_cache_keeps_its_entity_tag_and_answers_304_to_a_current_copy()
    {
        await using var api = SqlRecordingApiFactory.With(ResponseCacheOn);
        var http = api.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString("{ plans { totalCount } }");

        var first = await http.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, url));
        api.Sql.Clear();
        var second = await http.SendRawAsync(new HttpRequestMessage(HttpMethod.Get, url));
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        var notModified = await http.SendRawAsync(conditional);

        Assert.Empty(api.Sql.Statements);
        Assert.NotNull(first.ETag);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Equal(first.CacheControl, second.CacheControl);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(304, notModified.Status);
    }

    [Fact]
    [Trait("Database", TestDatabase.SqliteFileTrait)]
    public async Task A_new_data_version_is_never_answered_from_the_old_one()
    {
        await using var api = SqlRecordingApiFactory.With(ResponseCacheOn);
        var client = api.CreateGraphQLClient();
        const string query = "{ plans { nodes { title } } }";
        var before = (string)(await client.DataAsync(query))["plans"]!["nodes"]![0]!["title"]!;

        // As an import does: a changed copy renamed over the live file.
        var copy = api.DatabasePath + ".next";
        File.Copy(api.DatabasePath, copy);
        ScratchDatabases.Execute(copy, "UPDATE Plans SET Title = 'Kế hoạch đã sửa'");
        File.Move(copy, api.DatabasePath, overwrite: true);

        var titles = new List<string>();
        for (var attempt = 0; attempt < 100 && titles.LastOrDefault() != "Kế hoạch đã sửa"; attempt++)
        {
            titles.Add((string)(await client.DataAsync(query))["plans"]!["nodes"]![0]!["title"]!);
            await Task.Delay(100);
        }

        var again = (string)(await client.DataAsync(query))["plans"]!["nodes"]![0]!["title"]!;
        Assert.NotEqual("Kế hoạch đã sửa", before);
        Assert.Equal("Kế hoạch đã sửa", titles[^1]);
        Assert.Equal("Kế hoạch đã sửa", again);
    }

    [Fact]
    public async Task The_cache_stays_within_its_size()
    {
        await using var api = SqlRecordingApiFactory.With(ResponseCacheOn, ("GraphQL:ResponseCache:MaxBytes", "20000"));
        var client = api.CreateGraphQLClient();

        for (var n = 1; n <= 60; n++)
        {
            await client.DataAsync("query($n: Int!) { planItems(first: $n) { nodes { number title } } }", new { n });
        }

        var cache = api.Services.GetRequiredService<ResponseCache>();
        Assert.InRange(cache.Bytes, 1, 20_000);
        Assert.InRange(cache.Count, 1, 59);
    }
}
