using PlanData.Import.Agencies;
using PlanData.Import.Normalization;
using PlanData.Plans;

namespace PlanData.Import.Structure;

/// <summary>
/// A table of indicators wherever it stands in a document: its header row (<see cref="IndicatorColumns"/>)
/// and the rows after it, up to the first line that is no table row.
/// </summary>
/// <param name="CodePrefix">What its indicators' codes start with: the appendix it is in ("phu-luc-i"), or "chi-tieu".</param>
public sealed record IndicatorTable(string CodePrefix, SourceLine Header, IndicatorColumns Columns, IReadOnlyList<SourceLine> Rows)
{
    // An appendix's caption is its number, title and "Kèm theo ..." line just above its table.
    private const int CaptionLines = 4;

    public static IReadOnlyList<IndicatorTable> FindAll(IReadOnlyList<SourceLine> lines)
    {
        var tables = new List<IndicatorTable>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!TableRow.TryRead(lines[i].Text, out var cells) || IndicatorColumns.Read(cells) is not { } columns)
            {
                continue;
            }

            var header = i;
            var rows = new List<SourceLine>();
            while (i + 1 < lines.Count && TableRow.TryRead(lines[i + 1].Text, out _))
            {
                rows.Add(lines[++i]);
            }

            tables.Add(new IndicatorTable(Prefix(lines, header), lines[header], columns, rows));
        }

        return tables;
    }

    /// <summary>The lines of <paramref name="lines"/> that are in no indicator table: what a reader of prose may take.</summary>
    public static IEnumerable<SourceLine> Outside(IReadOnlyList<SourceLine> lines)
    {
        var tabled = FindAll(lines).SelectMany(t => t.Rows.Prepend(t.Header)).ToHashSet();
        return lines.Where(l => !tabled.Contains(l));
    }

    private static string Prefix(IReadOnlyList<SourceLine> lines, int header)
    {
        for (var i = header - 1; i >= Math.Max(0, header - CaptionLines) && !TableRow.TryRead(lines[i].Text, out _); i--)
        {
            if (OutlineLabel.Read(lines[i].Text) is { Kind: PlanSectionKind.Appendix, Numeral.Length: > 0 } appendix)
            {
                return Slugs.From(appendix.Segment);
            }
        }

        return "chi-tieu";
    }
}
