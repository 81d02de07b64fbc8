using System.Globalization;
using PlanData.Import.Sources.Pdf;

namespace PlanData.Import.Sources.Ocr;

/// <summary>
/// Tesseract's TSV output → lines: its word rows (level 5) grouped by block, paragraph and line,
/// each line with the mean confidence of its words (0–1) and its words' pixel extents, so the
/// same column split as a text layer's applies.
/// </summary>
public static class TesseractTsv
{
    // level page_num block_num par_num line_num word_num left top width height conf text
    private const int Columns = 12;
    private const int WordLevel = 5;

    public static IReadOnlyList<PositionedLine> Lines(string tsv)
    {
        var lines = new List<PositionedLine>();
        var words = new List<(PositionedWord Word, double Height, double Confidence)>();
        string? current = null;

        void Flush()
        {
            if (words.Count > 0)
            {
                var height = words.Select(w => w.Height).Order().ElementAt(words.Count / 2);
                lines.Add(new PositionedLine([.. words.Select(w => w.Word)], height, words.Average(w => w.Confidence)));
                words.Clear();
            }
        }

        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var fields = row.TrimEnd('\r').Split('\t');
            if (fields.Length < Columns || !int.TryParse(fields[0], out var level) || level != WordLevel)
            {
                continue;
            }

            var text = ExtractedText.Normalize(string.Join('\t', fields[(Columns - 1)..]).Trim());
            var confidence = double.Parse(fields[10], CultureInfo.InvariantCulture);
            if (text.Length == 0 || confidence < 0)
            {
                continue;
            }

            var key = $"{fields[1]}.{fields[2]}.{fields[3]}.{fields[4]}";
            if (key != current)
            {
                Flush();
                current = key;
            }

            var left = double.Parse(fields[6], CultureInfo.InvariantCulture);
            var width = double.Parse(fields[8], CultureInfo.InvariantCulture);
            var height = double.Parse(fields[9], CultureInfo.InvariantCulture);
            words.Add((new PositionedWord(text, left, left + width), height, Math.Clamp(confidence / 100, 0, 1)));
        }

        Flush();
        return lines;
    }
}
