using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Nodes;
using PlanData.Api.Storage;
using PlanData.Querying;
using PlanData.Querying.Data;
using PlanData.Querying.Loading;

namespace PlanData.Api.Federation;

/// <summary>
/// Resolves the <c>_entities</c> representations of one Node type by their global IDs, decoded as
/// <c>node(id:)</c> decodes them. Every representation of the type in a request goes through the
/// request's batch loader, so a gateway's batch of any size costs one statement per type.
/// A representation whose ID is not one of this type's, or names nothing, is null with an error
/// naming it: the rest of the batch still resolves.
/// </summary>
public sealed class NodeReferenceResolver<T>(string typeName, Expression<Func<T, string>> naturalKey) : IFederationResolver
    where T : class
{
    private readonly Func<T, string> _readKey = naturalKey.Compile();

    public bool MatchKeys(IDictionary<string, object?> representation) => true;

    // The representation is checked when it resolves: an error here would fail the whole batch.
    public object ParseRepresentation(IComplexGraphType graphType, IDictionary<string, object?> representation) => representation;

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, IComplexGraphType graphType, object parsedRepresentation)
    {
        var representation = (IDictionary<string, object?>)parsedRepresentation;
        var id = representation.TryGetValue("id", out var value) ? value : null;
        if (id is not string text || !NodeId.TryDecode(text, out var idType, out var key) || idType != typeName)
        {
            throw Error("INVALID_ID", $"is not an ID of type {typeName}", id);
        }

        var row = context.Loaders()
            .GetOrAdd($"{typeName}.id (federation)", () => new BatchLoader<string, T?>((keys, cancellationToken) => LoadAsync(context, keys, cancellationToken), null))
            .Load(key);
        return new(new Entity(row, () => Error("NOT_FOUND", $"names no {typeName}", text)));
    }

    private async Task<IReadOnlyDictionary<string, T?>> LoadAsync(IResolveFieldContext context, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        (await NodeResolver.ByKeyAsync(context.Db().Set<T>(), naturalKey, _readKey, [.. keys], cancellationToken)).ToDictionary(r => r.Key, r => (T?)r.Value, StringComparer.Ordinal);

    private PlanDataError Error(string code, string problem, object? id) =>
        new PlanDataError(code, $"The `{typeName}` representation {(id is null ? "without an id" : $"with id `{id as string ?? JsonSerializer.Serialize(id)}`")} {problem}.")
            .With("representation", new Dictionary<string, object?> { ["__typename"] = typeName, ["id"] = id });

    /// <summary>The loaded row, or the error for an ID that names nothing.</summary>
    private sealed class Entity(IDataLoaderResult<T?> row, Func<PlanDataError> notFound) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await row.GetResultAsync(cancellationToken) ?? throw notFound();
    }
}
