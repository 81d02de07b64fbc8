using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Transport;

/// <summary>The schema has no mutation or subscription type; asking for one by POST says so plainly.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReadOnlyTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("mutation { importPlan(file: \"x\") { id } }", "This API is read-only: it has no mutations. Send a query.")]
    [InlineData("mutation Rename { __typename }", "This API is read-only: it has no mutations. Send a query.")]
    [InlineData("subscription { planChanged { id } }", "This API has no subscriptions. Send a query.")]
    public async Task A_mutation_or_subscription_by_post_is_a_request_error_saying_what_the_api_offers(string query, string message)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query });

        var strict = await api.CreateClient().SendRawAsync(Post(body, accept: GraphQLResponseJson));
        var legacy = await api.CreateClient().SendRawAsync(Post(body, accept: "application/json"));

        Assert.Equal(400, strict.Status);
        Assert.Equal(message, (string?)strict.SingleError["message"]);
        Assert.False(strict.Json.ContainsKey("data"));
        Assert.Equal(200, legacy.Status);
        Assert.Equal(message, (string?)legacy.SingleError["message"]);
    }
}
