using PlanData.Import.Normalization;

namespace PlanData.Import.Structure;

/// <summary>
/// The content section's items: "1." entries, or "1.1." entries grouped under "1." headings,
/// or rows of an item table (TT | Nội dung | Cơ quan chủ trì | ...).
/// </summary>
public static class ContentParser
{
    public static IReadOnlyList<ItemBlock> Parse(IReadOnlyList<SourceLine> body, ICollection<int> mapped)
    {
        var items = new List<ItemBlock>();
        var grouped = body.Any(l => NumberedEntry.TryRead(l.Text, out var code, out _) && code.Contains('.'));
        string? section = null;
        IReadOnlyList<string>? headers = null;
        foreach (var line in body)
        {
            if (TableRow.TryRead(line.Text, out var cells))
            {
                if (TableRow.IsHeader(cells))
                {
                    headers = cells;
                    Map(mapped, line);
                }
                else if (headers is not null && cells.Count == headers.Count)
                {
                    var columns = headers.Zip(cells).ToList();
                    items.Add(new ItemBlock(cells[0].TrimEnd('.'), cells.Count > 1 ? cells[1] : "", section, [line], columns));
                }

                continue;
            }

            if (NumberedEntry.TryRead(line.Text, out var number, out var title))
            {
                if (grouped && !number.Contains('.'))
                {
                    section = line.Text;
                    Map(mapped, line);
                }
                else
                {
                    items.Add(new ItemBlock(number, title, section, [line], []));
                }

                continue;
            }

            if (items.Count > 0 && items[^1].Columns.Count == 0)
            {
                items[^1] = items[^1] with { Lines = [.. items[^1].Lines, line] };
            }
        }

        return items;
    }

    private static void Map(ICollection<int> mapped, SourceLine line)
    {
        foreach (var number in line.Lines)
        {
            mapped.Add(number);
        }
    }
}
