namespace PlanData.Import.Sources.Pdf;

/// <summary>
/// A line whose words fall into groups separated by wide gaps is a table row laid out in
/// columns: a header's "Số: 12/KH-UBND" on the left and "Quảng Ngãi, ngày ..." on the right
/// share a baseline but are two cells, never one sentence.
/// </summary>
public static class ColumnSplit
{
    // A column gap is at least this many letter sizes wide: more than justified text ever stretches a space to.
    private const double MinimumGap = 2.0;

    // ... and at least this many of the line's ordinary spaces, so that a uniformly stretched line stays one line.
    private const double SpacesPerGap = 4.0;

    // An ordinary space is at most this wide (in letter sizes), even when a line has few of them.
    private const double WidestSpace = 0.6;

    /// <returns>The line's cells, each its words joined by spaces; one cell for an ordinary line.</returns>
    public static IReadOnlyList<string> Cells(PositionedLine line)
    {
        var words = line.Words;
        if (words.Count < 2)
        {
            return [.. words.Select(w => w.Text)];
        }

        var gaps = words.Zip(words.Skip(1), (a, b) => b.Left - a.Right).ToList();
        var space = Math.Min(Median(gaps), WidestSpace * line.LetterSize);
        var threshold = Math.Max(MinimumGap * line.LetterSize, SpacesPerGap * space);
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < gaps.Count; i++)
        {
            if (gaps[i] >= threshold)
            {
                cells.Add(Join(words, start, i + 1));
                start = i + 1;
            }
        }

        cells.Add(Join(words, start, words.Count));
        return cells;
    }

    private static string Join(IReadOnlyList<PositionedWord> words, int start, int end) =>
        string.Join(' ', words.Skip(start).Take(end - start).Select(w => w.Text));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
