using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Search;

/// <summary>Runs Query.search and reads its hits.</summary>
internal static class SearchClient
{
    public const string Query = """
        query Search($text: String!, $first: Int, $after: String) {
          search(text: $text, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges {
              cursor score highlight
              node {
                __typename
                ... on Node { id }
                ... on PlanItem { number title }
                ... on Agency { code }
              }
            }
          }
        }
        """;

    public static async Task<JsonObject> SearchAsync(this GraphQLClient client, string text, int? first = null, string? after = null) =>
        (await client.DataAsync(Query, new { text, first, after }))["search"]!.AsObject();

    public static List<JsonObject> Edges(this JsonObject search) => [.. search["edges"]!.AsArray().Select(e => e!.AsObject())];

    /// <summary>The hits as "Type id" in order: what two searches are compared by.</summary>
    public static List<string> Hits(this JsonObject search) =>
        [.. search.Edges().Select(e => $"{e["node"]!["__typename"]} {e["node"]!["id"]}")];

    public static JsonObject Item(this JsonObject search, int number) =>
        Assert.Single(search.Edges(), e => (string?)e["node"]!["__typename"] == "PlanItem" && (int?)e["node"]!["number"] == number);
}
