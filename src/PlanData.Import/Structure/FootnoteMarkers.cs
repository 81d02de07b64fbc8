using System.Text.RegularExpressions;

namespace PlanData.Import.Structure;

/// <summary>
/// Footnotes as pages render them: a mark after a word ("ngày 27/12/2025[1]", Markdown's "[^1]") and, at the foot of
/// the page or the end of the text, the note on a line that starts with the same mark ("[1] Văn bản số ...").
/// </summary>
public static partial class FootnoteMarkers
{
    /// <summary>The marks in a line, with the index where each starts; a mark that opens the line is a note, not a marker.</summary>
    public static IEnumerable<(string Marker, int Index)> In(string text) =>
        Marker().Matches(text).Where(m => m.Index > 0).Select(m => (m.Groups["n"].Value, m.Index));

    /// <summary>A note's line: its mark and its text.</summary>
    public static bool IsNote(string text, out string marker, out string note)
    {
        var match = Note().Match(text);
        marker = match.Success ? match.Groups["n"].Value : "";
        note = match.Success ? match.Groups["text"].Value.Trim() : "";
        return match.Success;
    }

    /// <summary>The words a marker follows: back to the clause boundary before it, at most a sentence.</summary>
    public static string ContextBefore(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var cut = Math.Max(Math.Max(before.LastIndexOf(", ", StringComparison.Ordinal), before.LastIndexOf("; ", StringComparison.Ordinal)), before.LastIndexOf(". ", StringComparison.Ordinal));
        var context = cut < 0 ? before : before[(cut + 2)..];
        return context.Length <= 200 ? context.Trim() : context[^200..].Trim();
    }

    // After a letter, digit or closing punctuation, with at most one space: "[1]" inside a list ("[1], [2]") opens no note.
    [GeneratedRegex(@"(?<=[\p{L}\p{N}\p{Pe}\p{Pf}.,;:])\s?\[\^?(?<n>\d{1,3})\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\[\^?(?<n>\d{1,3})\]:?\s*(?<text>\S.*)$")]
    private static partial Regex Note();
}
