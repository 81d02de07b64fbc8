using Microsoft.EntityFrameworkCore;
using PlanData.Storage;

namespace PlanData.Api.GraphQL;

/// <summary>Finds any node by its global ID (Relay's node / nodes).</summary>
public static class NodeResolver
{
    public const int MaxBatch = 50;

    private static readonly Dictionary<string, Func<PlanDataContext, string, CancellationToken, Task<object?>>> _finders = new(StringComparer.Ordinal)
    {
        ["Plan"] = async (db, key, ct) => await db.Plans.FirstOrDefaultAsync(p => p.Key == key, ct),
        ["PlanItem"] = async (db, key, ct) => await db.PlanItems.FirstOrDefaultAsync(i => i.Key == key, ct),
        ["Agency"] = async (db, key, ct) => await db.Agencies.FirstOrDefaultAsync(a => a.Code == key, ct),
        ["Indicator"] = async (db, key, ct) => await db.Indicators.FirstOrDefaultAsync(i => i.Key == key, ct),
        ["LegalDocument"] = async (db, key, ct) => await db.Documents.FirstOrDefaultAsync(d => d.Key == key, ct),
    };

    /// <summary>The node, or null for an unknown ID of a known type; an error for an ID that is not one of ours.</summary>
    public static async Task<object?> FindAsync(PlanDataContext db, string id, string argument, string? expectedType, CancellationToken cancellationToken)
    {
        if (!NodeId.TryDecode(id, out var typeName, out var key) || !_finders.TryGetValue(typeName, out var find))
        {
            throw new PlanDataError("INVALID_ID", $"The ID `{id}` given in argument `{argument}` is not a valid ID of this API.")
                .With("argument", argument);
        }

        if (expectedType is not null && typeName != expectedType)
        {
            throw new PlanDataError("INVALID_ID", $"The ID given in argument `{argument}` identifies a {typeName}, not a {expectedType}.")
                .With("argument", argument);
        }

        return await find(db, key, cancellationToken);
    }
}
