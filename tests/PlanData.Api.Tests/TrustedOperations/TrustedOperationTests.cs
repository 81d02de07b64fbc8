using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.TrustedOperations;

/// <summary>The operations shipped in TrustedOperations/, run by id over POST and GET, and shown at /graphql/persisted/{id}.</summary>
[Collection(ApiCollection.Name)]
public sealed class TrustedOperationTests(PlanDataApiFactory api)
{
    /// <summary>Each operation with variables that make it return data from the seed.</summary>
    public static TheoryData<string, string, string> Operations => new()
    {
        { "PlanOverview", "{\"number\":\"04/KH-BCĐ\",\"asOf\":\"2022-06-01\"}", "plan" },
        { "PlanItemsByStatus", "{\"statuses\":[\"PAST_DUE\",\"IN_PROGRESS\"],\"asOf\":\"2022-06-01\",\"first\":3}", "planItems" },
        { "PlanItemsByAgency", "{\"code\":\"quang-ngai/so-tttt\",\"first\":3}", "agency" },
        { "Indicators", "{\"where\":{\"plan\":{\"number\":{\"ieq\":\"04/KH-BCĐ\"}}}}", "indicators" },
        { "ExportPlanItems", "{\"asOf\":\"2022-06-01\"}", "planItems" },
    };

    [Fact]
    public void The_five_operations_of_the_issue_are_shipped()
    {
        Assert.Equal(["ExportPlanItems", "Indicators", "PlanItemsByAgency", "PlanItemsByStatus", "PlanOverview"], TrustedOperationFiles.Names);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_runs_by_id_over_post_against_the_schema_without_errors(string name, string variables, string root)
    {
        var body = $"{{\"id\":\"{TrustedOperationFiles.IdOf(name)}\",\"variables\":{variables}}}";

        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(200, response.Status);
        Assert.False(response.Json.ContainsKey("errors"), response.Text);
        Assert.NotNull(response.Json["data"]![root]);
        Assert.NotEqual("{}", response.Json["data"]![root]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_runs_by_id_over_get_with_the_same_result_as_its_text(string name, string variables, string root)
    {
        var byId = await api.CreateClient().SendRawAsync(Get(null, ("id", TrustedOperationFiles.IdOf(name)), ("variables", variables)));
        var byText = await api.CreateClient().SendRawAsync(Post(JsonSerializer.Serialize(new { query = TrustedOperationFiles.TextOf(name), variables = JsonNode.Parse(variables) })));

        Assert.Equal(200, byId.Status);
        Assert.NotNull(byId.Json["data"]![root]);
        Assert.Equal(byText.Text, byId.Text);
    }

    [Fact]
    public async Task An_operation_runs_by_the_hash_of_apollo_persisted_queries_too()
    {
        var id = TrustedOperationFiles.IdOf("PlanItemsByAgency");
        var body = $"{{\"variables\":{{\"code\":\"quang-ngai/so-tttt\"}},\"extensions\":{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{id}\"}}}}}}";

        var response = await api.CreateClient().SendRawAsync(Post(body));

        Assert.Equal(200, response.Status);
        Assert.Equal("Sở Thông tin và Truyền thông", (string?)response.Json["data"]!["agency"]!["name"]);
    }

    [Fact]
    public async Task The_id_is_matched_whatever_the_case_of_its_hex_digits()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("id", TrustedOperationFiles.IdOf("PlanItemsByAgency").ToUpperInvariant()), ("variables", "{\"code\":\"quang-ngai/so-tttt\"}")));

        Assert.Equal(200, response.Status);
        Assert.NotNull(response.Json["data"]!["agency"]);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData("application/json", 200)]
    public async Task An_unknown_id_is_hc0020_persisted_query_not_found_by_post_and_get(string accept, int status)
    {
        var unknown = Convert.ToHexStringLower(SHA256.HashData("{ nope }"u8));

        var post = await api.CreateClient().SendRawAsync(Post($"{{\"id\":\"{unknown}\"}}", accept: accept));
        var get = await api.CreateClient().SendRawAsync(Get(accept, ("id", unknown)));
        var apollo = await api.CreateClient().SendRawAsync(Post($"{{\"extensions\":{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{unknown}\"}}}}}}", accept: accept));

        foreach (var response in new[] { post, get, apollo })
        {
            Assert.Equal(status, response.Status);
            Assert.Equal("PersistedQueryNotFound", (string?)response.SingleError["message"]);
            Assert.Equal("HC0020", response.ErrorCode);
            Assert.False(response.Json.ContainsKey("data"));
            Assert.Equal("no-store", response.CacheControl);
        }
    }

    [Fact]
    public async Task A_query_sent_with_the_id_of_its_own_text_runs_and_with_another_id_is_refused()
    {
        var query = "{ plans { totalCount } }";
        var ownId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

        var matching = await api.CreateClient().SendRawAsync(Post(JsonSerializer.Serialize(new { query, id = ownId })));
        var mismatched = await api.CreateClient().SendRawAsync(Post(JsonSerializer.Serialize(new { query, id = TrustedOperationFiles.IdOf("PlanOverview") })));

        Assert.Equal(200, matching.Status);
        Assert.Equal(1, (int?)matching.Json["data"]!["plans"]!["totalCount"]);
        Assert.Equal(400, mismatched.Status);
        Assert.Equal("The `id` is not the SHA-256 hash of the `query` sent with it: send one or the other.", (string?)mismatched.SingleError["message"]);
    }

    [Theory]
    [InlineData("PlanOverview")]
    [InlineData("ExportPlanItems")]
    public async Task The_persisted_path_returns_the_document_whose_hash_is_the_id(string name)
    {
        var id = TrustedOperationFiles.IdOf(name);

        var response = await api.CreateClient().SendRawAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql/persisted/{id}"));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql", response.MediaType);
        Assert.Equal("utf-8", response.ContentType!.CharSet);
        Assert.Equal(id, Convert.ToHexStringLower(SHA256.HashData(response.Bytes)));
        Assert.Contains($"query {name}", response.Text);
        Assert.Equal($"\"{id}\"", response.ETag);
        Assert.Equal("public, max-age=31536000, immutable", response.CacheControl);
    }

    [Fact]
    public async Task The_persisted_path_answers_304_to_its_etag()
    {
        var id = TrustedOperationFiles.IdOf("Indicators");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql/persisted/{id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"{id}\"");

        var response = await api.CreateClient().SendRawAsync(request);

        Assert.Equal(304, response.Status);
        Assert.Empty(response.Bytes);
        Assert.Equal($"\"{id}\"", response.ETag);
    }

    [Fact]
    public async Task The_persisted_path_of_an_unknown_id_is_404_hc0020()
    {
        var response = await api.CreateClient().SendRawAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql/persisted/{new string('0', 64)}"));

        Assert.Equal(404, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("HC0020", response.ErrorCode);
        Assert.Equal("PersistedQueryNotFound", (string?)response.SingleError["message"]);
    }
}
