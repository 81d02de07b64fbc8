using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Limits;

public static class LimitResponses
{
    public static string? Code(this JsonObject error) => (string?)error["extensions"]?["code"];

    public static long? Extension(this JsonObject error, string name) => (long?)error["extensions"]?[name];

    /// <summary>
    /// A request refused before execution: a GraphQL request error (400 under the default
    /// application/graphql-response+json), without data; its single error.
    /// </summary>
    public static JsonObject AssertRefused(this GraphQLResponse response)
    {
        Assert.True(response.Status == 400, $"expected a refusal, got {response.Status}: {response.Body.ToJsonString()}");
        Assert.Equal(RawHttp.GraphQLResponseJson, response.MediaType);
        Assert.False(response.Body.ContainsKey("data"));
        return response.SingleError;
    }

    public static void AssertAnswered(this GraphQLResponse response)
    {
        Assert.True(response.Status == 200 && response.Errors is null, $"expected data without errors, got {response.Status}: {response.Body.ToJsonString()}");
    }
}
