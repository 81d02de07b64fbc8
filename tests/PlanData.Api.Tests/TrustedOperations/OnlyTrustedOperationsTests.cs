using System.Text.Json;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.TrustedOperations;

public sealed class OnlyTrustedOperationsApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:OnlyTrustedOperations"] = "true",
});

/// <summary>GraphQL:OnlyTrustedOperations = true: the API runs the shipped operations and nothing else.</summary>
public sealed class OnlyTrustedOperationsTests(OnlyTrustedOperationsApiFactory api) : IClassFixture<OnlyTrustedOperationsApiFactory>
{
    private const string Message = "Only trusted operations are allowed: send the `id` of a trusted operation instead of a query document.";

    [Theory]
    [InlineData(GraphQLResponseJson, 400)]
    [InlineData("application/json", 200)]
    public async Task An_ad_hoc_document_is_refused_with_hc0067_by_post_and_get(string accept, int status)
    {
        var post = await api.CreateClient().SendRawAsync(Post("{\"query\":\"{ plans { totalCount } }\"}", accept: accept));
        var get = await api.CreateClient().SendRawAsync(Get(accept, ("query", "{ plans { totalCount } }")));

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(status, response.Status);
            Assert.Equal("HC0067", response.ErrorCode);
            Assert.Equal(Message, (string?)response.SingleError["message"]);
            Assert.False(response.Json.ContainsKey("data"));
        }
    }

    [Fact]
    public async Task A_trusted_operation_runs_by_id()
    {
        var response = await api.CreateClient().SendRawAsync(Get(null, ("id", TrustedOperationFiles.IdOf("PlanItemsByAgency")), ("variables", "{\"code\":\"quang-ngai/so-tttt\"}")));

        Assert.Equal(200, response.Status);
        Assert.Equal("Sở Thông tin và Truyền thông", (string?)response.Json["data"]!["agency"]!["name"]);
    }

    [Fact]
    public async Task The_exact_text_of_a_trusted_operation_runs_too_and_a_changed_copy_does_not()
    {
        var text = TrustedOperationFiles.TextOf("PlanItemsByAgency");
        var variables = new { code = "quang-ngai/so-tttt" };

        var exact = await api.CreateClient().SendRawAsync(Post(JsonSerializer.Serialize(new { query = text, variables })));
        var changed = await api.CreateClient().SendRawAsync(Post(JsonSerializer.Serialize(new { query = text + " ", variables })));

        Assert.Equal(200, exact.Status);
        Assert.NotNull(exact.Json["data"]!["agency"]);
        Assert.Equal("HC0067", changed.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_id_is_still_hc0020()
    {
        var response = await api.CreateClient().SendRawAsync(Post($"{{\"id\":\"{new string('a', 64)}\"}}"));

        Assert.Equal("HC0020", response.ErrorCode);
    }
}
