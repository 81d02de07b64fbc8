using System.Text.RegularExpressions;
using PlanData.Import.Structure;

namespace PlanData.Import.Notes;

/// <summary>Sentences that point to an appendix: "(Chi tiết tại Phụ lục I đính kèm)", "theo Phụ lục số 02 kèm theo".</summary>
public static partial class AppendixMentions
{
    /// <summary>Each appendix a line names: its normalised name ("Phụ lục I", "Phụ lục 2", "Phụ lục" when unnumbered) and the sentence that holds it.</summary>
    public static IEnumerable<(string Appendix, string? Numeral, string Sentence)> In(string text)
    {
        foreach (Match match in Mention().Matches(text))
        {
            var numeral = match.Groups["n"].Success ? OutlineLabel.Canonical(match.Groups["n"].Value) : null;
            yield return (numeral is null ? "Phụ lục" : $"Phụ lục {numeral}", numeral, Sentence(text, match.Index));
        }
    }

    /// <summary>Whether two numerals name the same appendix: "I" and "1", "02" and "II".</summary>
    public static bool Same(string a, string b) => Value(a) is { } x && x == Value(b);

    private static int? Value(string numeral)
    {
        if (int.TryParse(numeral, out var n))
        {
            return n;
        }

        var total = 0;
        var previous = 0;
        foreach (var c in numeral.ToUpperInvariant().Reverse())
        {
            var v = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (v == 0)
            {
                return null;
            }

            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }

        return total;
    }

    private static string Sentence(string text, int index)
    {
        var start = Math.Max(text.LastIndexOf(". ", index, StringComparison.Ordinal), text.LastIndexOf("; ", index, StringComparison.Ordinal));
        start = start < 0 ? 0 : start + 2;
        var ends = new[] { text.IndexOf(". ", index, StringComparison.Ordinal), text.IndexOf("; ", index, StringComparison.Ordinal) }.Where(e => e >= 0).ToList();
        var end = ends.Count == 0 ? text.Length : ends.Min() + 1;
        return text[start..end].Trim();
    }

    // Numbered, or unnumbered when the words after it say it is attached: "các phụ lục" in general is no reference.
    [GeneratedRegex(@"(?<![\p{L}])(?i:phụ\s+lục)(?:\s+(?:(?i:số)\s+)?(?<n>[IVXL]+|\d{1,2})(?![\p{L}\p{N}])|(?=\s+(?i:kèm\s+theo|đính\s+kèm|kèm)))")]
    private static partial Regex Mention();
}
