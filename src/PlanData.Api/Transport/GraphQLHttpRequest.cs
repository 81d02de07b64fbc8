using System.Text.Json;

namespace PlanData.Api.Transport;

/// <summary>
/// One GraphQL-over-HTTP request as the client sent it, from a POST body or a GET query string,
/// its parameters already checked for their JSON types.
/// </summary>
public sealed record GraphQLHttpRequest(string? Query, string? Id, string? OperationName, JsonElement? Variables, JsonElement? Extensions)
{
    /// <summary>
    /// The trusted operation the request names: <c>id</c>, or the hash of Apollo's automatic
    /// persisted queries (<c>extensions.persistedQuery.sha256Hash</c>), which uses the same SHA-256 ids.
    /// </summary>
    public string? OperationId =>
        Id ?? (Extensions is { ValueKind: JsonValueKind.Object } extensions
               && extensions.TryGetProperty("persistedQuery", out var persisted)
               && persisted.ValueKind == JsonValueKind.Object
               && persisted.TryGetProperty("sha256Hash", out var hash)
               && hash.ValueKind == JsonValueKind.String
            ? hash.GetString()
            : null);
}
