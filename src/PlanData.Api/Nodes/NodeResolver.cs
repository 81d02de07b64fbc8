using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PlanData.Agencies;
using PlanData.Documents;
using PlanData.Indicators;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;
using PlanData.Storage;

namespace PlanData.Api.Nodes;

/// <summary>Finds nodes by their global IDs (Relay's node / nodes): one statement per type asked for, whatever the number of IDs.</summary>
public static class NodeResolver
{
    public const int MaxBatch = 50;

    private static readonly Dictionary<string, INodeFinder> _finders = new(StringComparer.Ordinal)
    {
        ["Plan"] = new NodeFinder<Plan>(p => p.Key),
        ["PlanItem"] = new NodeFinder<PlanItem>(i => i.Key),
        ["Agency"] = new NodeFinder<Agency>(a => a.Code),
        ["Jurisdiction"] = new NodeFinder<Jurisdiction>(j => j.Code),
        ["Indicator"] = new NodeFinder<Indicator>(i => i.Key),
        ["LegalDocument"] = new NodeFinder<LegalDocument>(d => d.Key),
    };

    private interface INodeFinder
    {
        Task<Dictionary<string, object>> FindAsync(PlanDataContext db, List<string> keys, CancellationToken cancellationToken);
    }

    /// <summary>The node, or null for an unknown ID of a known type; an error for an ID that is not one of ours.</summary>
    public static async Task<object?> FindAsync(PlanDataContext db, string id, string argument, string? expectedType, CancellationToken cancellationToken) =>
        (await FindAllAsync(db, [id], argument, expectedType, cancellationToken))[0];

    /// <summary>The nodes in the order of <paramref name="ids"/> (null for unknown IDs); an error for any ID that is not one of ours.</summary>
    public static async Task<List<object?>> FindAllAsync(PlanDataContext db, IReadOnlyList<string> ids, string argument, string? expectedType, CancellationToken cancellationToken)
    {
        var decoded = ids.Select(id => Decode(id, argument, expectedType)).ToList();
        var found = new Dictionary<(string Type, string Key), object>();
        foreach (var type in decoded.GroupBy(d => d.Type))
        {
            var rows = await _finders[type.Key].FindAsync(db, [.. type.Select(d => d.Key).Distinct()], cancellationToken);
            foreach (var (key, row) in rows)
            {
                found[(type.Key, key)] = row;
            }
        }

        return [.. decoded.Select(d => found.GetValueOrDefault(d))];
    }

    /// <summary>The rows whose natural key is one of <paramref name="keys"/>, by key, in one statement.</summary>
    public static async Task<Dictionary<string, T>> ByKeyAsync<T>(IQueryable<T> rows, Expression<Func<T, string>> naturalKey, Func<T, string> readKey, List<string> keys, CancellationToken cancellationToken)
    {
        // A captured list, not a constant: EF sends it as one parameter, so every batch size shares one plan.
        var list = ExpressionParts.Parameter(keys, typeof(List<string>));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], list, naturalKey.Body);
        var matching = await rows.Where(Expression.Lambda<Func<T, bool>>(contains, naturalKey.Parameters)).ToListAsync(cancellationToken);
        return matching.ToDictionary(readKey, StringComparer.Ordinal);
    }

    private static (string Type, string Key) Decode(string id, string argument, string? expectedType)
    {
        if (!NodeId.TryDecode(id, out var typeName, out var key) || !_finders.ContainsKey(typeName))
        {
            throw new PlanDataError("INVALID_ID", $"The ID `{id}` given in argument `{argument}` is not a valid ID of this API.")
                .With("argument", argument);
        }

        if (expectedType is not null && typeName != expectedType)
        {
            throw new PlanDataError("INVALID_ID", $"The ID given in argument `{argument}` identifies a {typeName}, not a {expectedType}.")
                .With("argument", argument);
        }

        return (typeName, key);
    }

    private sealed class NodeFinder<T>(Expression<Func<T, string>> naturalKey) : INodeFinder
        where T : class
    {
        private readonly Func<T, string> _readKey = naturalKey.Compile();

        public async Task<Dictionary<string, object>> FindAsync(PlanDataContext db, List<string> keys, CancellationToken cancellationToken) =>
            (await ByKeyAsync(db.Set<T>(), naturalKey, _readKey, keys, cancellationToken)).ToDictionary(r => r.Key, r => (object)r.Value, StringComparer.Ordinal);
    }
}
