using System.Text;
using System.Text.RegularExpressions;

namespace PlanData.Import.Normalization;

/// <summary>
/// Stage 1: text as published → logical lines. NFC, one kind of line ending, the converter's
/// emphasis markers (*...*) dropped, white space tidied, and phrases that a converter broke
/// across lines joined again (the seed's "Ban Chỉ" / "đạo chuyển đổi số ...").
/// </summary>
public static partial class TextNormalizer
{
    public static IReadOnlyList<SourceLine> Normalize(string text, out IReadOnlyList<string> rawLines) =>
        Normalize(text, _ => false, out rawLines);

    /// <summary>As <see cref="Normalize(string, out IReadOnlyList{string})"/>, also joining a line to one that ran to the margin of a laid-out page.</summary>
    public static IReadOnlyList<SourceLine> Normalize(Sources.DocumentModel model, out IReadOnlyList<string> rawLines) =>
        Normalize(model.Text, line => line <= model.Blocks.Count && model.Blocks[line - 1] is { Kind: Sources.BlockKind.Paragraph, Origin.RunsToMargin: true }, out rawLines);

    private static IReadOnlyList<SourceLine> Normalize(string text, Func<int, bool> runsToMargin, out IReadOnlyList<string> rawLines)
    {
        rawLines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var lines = new List<SourceLine>();
        for (var i = 0; i < rawLines.Count; i++)
        {
            var clean = Clean(rawLines[i]);
            if (clean.Length == 0)
            {
                continue;
            }

            if (lines.Count > 0 && (ContinuesPrevious(clean, lines[^1].Text) || (runsToMargin(lines[^1].Last) && lines[^1].Last == i && Wraps(lines[^1].Text, clean))))
            {
                var previous = lines[^1];
                lines[^1] = new SourceLine($"{previous.Text} {clean}", [.. previous.Lines, i + 1], $"{previous.Raw}\n{rawLines[i]}", [.. previous.Starts ?? [0], previous.Text.Length + 1]);
                continue;
            }

            lines.Add(new SourceLine(clean, [i + 1], rawLines[i]));
        }

        return lines;
    }

    /// <summary>Removes emphasis markers and tidies white space, keeping every other character.</summary>
    public static string Clean(string line) =>
        Spaces().Replace(MarkdownHeading().Replace(Emphasis().Replace(Strong().Replace(line, "$1"), "$1"), ""), " ").Trim();

    /// <summary>
    /// A line that starts in lower case, after a line that does not end a sentence, clause or
    /// list entry, is the rest of that line: documents never start a paragraph in lower case.
    /// So is a date ("10 tháng 3 năm 2022", "15/12/2022") after a line that ends with "ngày", and
    /// capitals after a section heading in capitals that a page broke ("I. KẾT QUẢ" / "ĐẠT ĐƯỢC").
    /// </summary>
    private static bool ContinuesPrevious(string line, string previous) =>
        (char.IsLower(line[0])
            && !ListMarker().IsMatch(line)
            && !previous.EndsWith('.') && !previous.EndsWith(':') && !previous.EndsWith(';'))
        || (DayStart().IsMatch(line) && EndsWithNgay().IsMatch(previous))
        || (CapitalHeading().IsMatch(previous) && IsCapitals(line) && !EntryNumber().IsMatch(line) && !ListMarker().IsMatch(line));

    private static bool IsCapitals(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    // "I. KẾT QUẢ", "PHẦN I. KẾT QUẢ THỰC HIỆN": a Roman-numbered or part heading wholly in capitals, not yet ended.
    [GeneratedRegex(@"^(?:[IVX]+\.|PHẦN\s+[IVX]+\.?)\s+\P{Ll}*[^.:;\p{Ll}]$")]
    private static partial Regex CapitalHeading();

    // A full line goes on on the next unless it ended a sentence or clause, or the next opens an entry, a heading
    // in capitals, the recipients or a signature ("KT. CHỦ TỊCH").
    private static bool Wraps(string previous, string line) =>
        previous.Length > 0 && !".:;!?".Contains(previous[^1], StringComparison.Ordinal)
        && !ListMarker().IsMatch(line) && !EntryNumber().IsMatch(line)
        && line.Any(char.IsLower) && !line.StartsWith("Nơi nhận", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:[IVX]+|\d+(?:\.\d+)*)[.)]\s|^(?i:phần|điều|chương)\s")]
    private static partial Regex EntryNumber();

    [GeneratedRegex(@"\*([^*\n]+)\*")]
    private static partial Regex Emphasis();

    // Transcriptions in Markdown: "**bold**", and "# NGHỊ QUYẾT" headings (never a "# source: ..." provenance line).
    [GeneratedRegex(@"\*\*([^*\n]+)\*\*")]
    private static partial Regex Strong();

    [GeneratedRegex(@"^\s*#{1,6}\s+(?![a-z][a-z-]*\s*:\s)")]
    private static partial Regex MarkdownHeading();

    // Mirrors split the header date after "ngày" ("Quảng Ngãi, ngày" / "10 tháng 3 năm 2022"); the date goes on on the next line.
    [GeneratedRegex(@"(?:^|[\s,])ngày$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithNgay();

    [GeneratedRegex(@"^\d{1,2}\s*(?:tháng\s|[/.\-]\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayStart();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^([a-zđ]\)|-|\+|•)\s")]
    private static partial Regex ListMarker();
}
