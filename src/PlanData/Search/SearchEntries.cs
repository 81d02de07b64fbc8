using Microsoft.EntityFrameworkCore;
using PlanData.Storage;
using PlanData.Text;

namespace PlanData.Search;

/// <summary>
/// What search finds an entity by. One entry per entity, so that an entity is one hit with one
/// score: a plan item's tasks are part of its entry rather than hits of their own.
/// </summary>
public static class SearchEntries
{
    public static async Task<List<SearchEntry>> ReadAsync(PlanDataContext db, CancellationToken cancellationToken)
    {
        var entries = new List<SearchEntry>();

        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.Key)
            .Select(p => new { p.Key, p.Title, p.Purposes })
            .ToListAsync(cancellationToken);
        entries.AddRange(plans.Select(p => Entry(SearchKinds.Plan, p.Key, p.Title, p.Purposes)));

        // The item's source text is the whole item as printed (title line, labelled fields, tasks);
        // the structured fields are added only where they say something it does not.
        var items = await db.PlanItems.AsNoTracking().OrderBy(i => i.Key)
            .Select(i => new { i.Key, i.Title, i.Content, i.Objective, i.SourceText, Tasks = i.Tasks.OrderBy(t => t.Number).Select(t => t.Text).ToList() })
            .ToListAsync(cancellationToken);
        entries.AddRange(items.Select(i => Entry(SearchKinds.PlanItem, i.Key, i.Title, [i.SourceText, i.Content, i.Objective, .. i.Tasks])));

        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Code)
            .Select(a => new { a.Code, a.Name, a.ShortName, a.Aliases })
            .ToListAsync(cancellationToken);
        entries.AddRange(agencies.Select(a => Entry(SearchKinds.Agency, a.Code, a.Name, [a.ShortName, .. a.Aliases])));

        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Key)
            .Select(i => new { i.Key, i.Name, i.SourceText })
            .ToListAsync(cancellationToken);
        entries.AddRange(indicators.Select(i => Entry(SearchKinds.Indicator, i.Key, i.Name, [i.SourceText])));

        var documents = await db.Documents.AsNoTracking().OrderBy(d => d.Key)
            .Select(d => new { d.Key, d.Number, d.PrintedNumber, d.Summary })
            .ToListAsync(cancellationToken);
        entries.AddRange(documents.Select(d => Entry(SearchKinds.LegalDocument, d.Key, d.Number, [d.PrintedNumber, d.Summary])));

        return entries;
    }

    /// <summary>
    /// An entry whose body is the given texts cut into lines, leaving out a line whose words the
    /// title or an earlier line already holds in that order: repeats would only skew the ranking.
    /// </summary>
    public static SearchEntry Entry(string kind, string key, string title, IEnumerable<string?> body)
    {
        var seen = new List<string> { Words(title) };
        var parts = new List<string>();
        foreach (var line in body.Where(t => t is not null).SelectMany(t => t!.Split('\n')).Select(l => l.Trim()))
        {
            var words = Words(line);
            if (words.Trim().Length > 0 && !seen.Any(s => s.Contains(words, StringComparison.Ordinal)))
            {
                seen.Add(words);
                parts.Add(line);
            }
        }

        return new SearchEntry(kind, key, title, parts);
    }

    /// <summary>The folded words of a text between single spaces, padded so that Contains matches whole words only.</summary>
    private static string Words(string text) => $" {string.Join(' ', SearchTokens.Words(TextFolding.Fold(text)))} ";
}
