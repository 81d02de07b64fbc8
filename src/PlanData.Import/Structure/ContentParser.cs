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
                if (TableRow.IsRule(cells))
                {
                    // Markdown's "|---|---|" under the header row.
                    Map(mapped, line);
                }
                else if (headers is not null && TableRow.IsGroup(cells))
                {
                    // "| I. | Nâng cao nhận thức ... | | |": the tasks below belong to this group.
                    section = $"{cells[0].TrimEnd('.')}. {cells[1]}";
                    Map(mapped, line);
                }
                else if (TableRow.IsHeader(cells) || IndicatorColumns.Read(cells) is not null)
                {
                    // An indicator table's rows are indicators (IndicatorTableAssembler), not items.
                    headers = IndicatorColumns.Read(cells) is null ? cells : null;
                    Map(mapped, line);
                }
                else if (headers is not null && cells.Count == headers.Count && cells[0].Length == 0 && items.Count > 0 && items[^1].Columns.Count == headers.Count)
                {
                    // A row without a number goes on the row above: a converter split one tall cell over two rows.
                    var previous = items[^1];
                    var merged = previous.Columns.Zip(cells, (column, cell) => (column.Header, cell.Length == 0 ? column.Cell : $"{column.Cell} {cell}".Trim())).ToList();
                    items[^1] = previous with { Title = merged.Count > 1 ? merged[1].Item2 : previous.Title, Lines = [.. previous.Lines, line], Columns = merged };
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
