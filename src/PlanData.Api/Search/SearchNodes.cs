using Microsoft.EntityFrameworkCore;
using PlanData.Search;
using PlanData.Storage;

namespace PlanData.Api.Search;

/// <summary>Loads the entities of a page of hits: one query per kind present.</summary>
public static class SearchNodes
{
    public static async Task<Dictionary<(string Kind, string Key), object>> LoadAsync(PlanDataContext db, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<(string Kind, string Key), object>();
        foreach (var group in hits.GroupBy(h => h.Kind))
        {
            var keys = group.Select(h => h.EntityKey).ToList();
            IEnumerable<(string Key, object Node)> found = group.Key switch
            {
                SearchKinds.Plan => (await db.Plans.Where(p => keys.Contains(p.Key)).ToListAsync(cancellationToken)).Select(p => (p.Key, (object)p)),
                SearchKinds.PlanItem => (await db.PlanItems.Where(i => keys.Contains(i.Key)).ToListAsync(cancellationToken)).Select(i => (i.Key, (object)i)),
                SearchKinds.Agency => (await db.Agencies.Where(a => keys.Contains(a.Code)).ToListAsync(cancellationToken)).Select(a => (a.Code, (object)a)),
                SearchKinds.Indicator => (await db.Indicators.Where(i => keys.Contains(i.Key)).ToListAsync(cancellationToken)).Select(i => (i.Key, (object)i)),
                SearchKinds.LegalDocument => (await db.Documents.Where(d => keys.Contains(d.Key)).ToListAsync(cancellationToken)).Select(d => (d.Key, (object)d)),
                _ => [],
            };
            foreach (var (key, node) in found)
            {
                nodes[(group.Key, key)] = node;
            }
        }

        return nodes;
    }
}
