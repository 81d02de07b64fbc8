using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a client would and returns the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>Posts and fails the test on any GraphQL error; returns <c>data</c>.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"unexpected errors: {response.Errors?.ToJsonString()}");
        Assert.Equal(200, response.Status);
        return response.Body["data"]!.AsObject();
    }
}

public sealed record GraphQLResponse(int Status, string? MediaType, JsonObject Body)
{
    public JsonArray? Errors => Body["errors"]?.AsArray();

    public JsonObject SingleError => Assert.Single(Errors!)!.AsObject();
}
