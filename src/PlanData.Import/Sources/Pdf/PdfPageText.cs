using System.Text;
using UglyToad.PdfPig.Content;

namespace PlanData.Import.Sources.Pdf;

/// <summary>
/// A page's text layer as lines in reading order: letters grouped into lines by baseline, lines
/// top to bottom, words left to right split at spaces (drawn or only left as a gap). The order
/// the PDF drew its letters in is not used: producers draw table cells, headers and footers in
/// any order.
/// </summary>
public static class PdfPageText
{
    // Baselines this close (in letter sizes) are one line: cells of a row may differ by a point or two.
    private const double SameLine = 0.4;

    // A gap this wide (in letter sizes) between two letters is a space even when the PDF drew none.
    private const double WordGap = 0.18;

    // A letter drawn again this close to itself (in letter sizes) is fake bold, not a second letter.
    private const double Overprint = 0.1;

    public static IReadOnlyList<PositionedLine> Lines(Page page)
    {
        // Vertical and rotated text (a stamp in the margin) would cut across the lines; a plan's text is horizontal.
        var glyphs = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0)
            .Select(l => new Glyph(l.Value, l.StartBaseLine.X, Math.Max(l.EndBaseLine.X, l.StartBaseLine.X), l.StartBaseLine.Y, l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height))
            .OrderByDescending(g => g.Baseline)
            .ToList();

        var lines = new List<PositionedLine>();
        var start = 0;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i == glyphs.Count || glyphs[start].Baseline - glyphs[i].Baseline > SameLine * Math.Max(glyphs[start].Size, glyphs[i].Size))
            {
                if (Line(glyphs.GetRange(start, i - start)) is { } line)
                {
                    lines.Add(line);
                }

                start = i;
            }
        }

        return lines;
    }

    private static PositionedLine? Line(List<Glyph> glyphs)
    {
        var size = glyphs.Select(g => g.Size).Order().ElementAt(glyphs.Count / 2);
        var words = new List<PositionedWord>();
        var text = new StringBuilder();
        double left = 0, right = 0;
        Glyph? previous = null;

        void Flush()
        {
            if (text.Length > 0)
            {
                words.Add(new PositionedWord(ExtractedText.Normalize(text.ToString()), left, right));
                text.Clear();
            }
        }

        // Stable: a mark drawn at its letter's origin stays after the letter.
        foreach (var glyph in glyphs.OrderBy(g => g.Left))
        {
            if (string.IsNullOrWhiteSpace(glyph.Value))
            {
                Flush();
                previous = null;
                continue;
            }

            if (previous is not null && glyph.Value == previous.Value && Math.Abs(glyph.Left - previous.Left) < Overprint * size)
            {
                continue;
            }

            var joins = text.Length > 0 && (ExtractedText.IsMark(glyph.Value) || glyph.Left - right <= WordGap * size);
            if (!joins)
            {
                Flush();
                left = right = glyph.Left;
            }

            text.Append(glyph.Value);
            right = Math.Max(right, glyph.Right);
            previous = glyph;
        }

        Flush();
        return words.Count == 0 ? null : new PositionedLine(words, size);
    }

    private sealed record Glyph(string Value, double Left, double Right, double Baseline, double Size);
}
