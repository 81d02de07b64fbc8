using System.Text.RegularExpressions;
using PlanData.Plans;

namespace PlanData.Import.Structure;

/// <summary>
/// The number that opens a part of the text ("Phần I", "Điều 2.", "II.", "1.1.", "a)", "PHỤ LỤC I"), its
/// kind, and its rank: a part of lower rank holds those of higher rank that follow it.
/// </summary>
/// <param name="Numeral">The bare number: "I" of "Phần I", "1.1", "a".</param>
/// <param name="Segment">Its part of a path: "Phần I", "II", "1.1", "a", "Phụ lục I".</param>
public sealed partial record OutlineLabel(PlanSectionKind Kind, string Printed, string Numeral, string Segment, string Rest, int Rank)
{
    /// <summary>Ranks of the top-level kinds that restart the outline: preamble, attachment, appendix.</summary>
    public const int Root = 0;

    public static OutlineLabel? Read(string text)
    {
        if (Appendix().Match(text) is { Success: true } appendix && IsHeading(text, appendix))
        {
            var number = appendix.Groups["n"].Value;
            return new(PlanSectionKind.Appendix, LabelOf(text, appendix), number.ToUpperInvariant(), number.Length == 0 ? "Phụ lục" : $"Phụ lục {Canonical(number)}", appendix.Groups["rest"].Value.Trim(), Root);
        }

        if (Part().Match(text) is { Success: true } part)
        {
            return new(PlanSectionKind.Part, LabelOf(text, part), part.Groups["n"].Value, $"Phần {part.Groups["n"].Value.ToUpperInvariant()}", part.Groups["rest"].Value.Trim(), 1);
        }

        if (Chapter().Match(text) is { Success: true } chapter)
        {
            return new(PlanSectionKind.Chapter, LabelOf(text, chapter), chapter.Groups["n"].Value, $"Chương {chapter.Groups["n"].Value.ToUpperInvariant()}", chapter.Groups["rest"].Value.Trim(), 2);
        }

        if (Article().Match(text) is { Success: true } article)
        {
            return new(PlanSectionKind.Article, LabelOf(text, article), article.Groups["n"].Value, $"Điều {article.Groups["n"].Value}", article.Groups["rest"].Value.Trim(), 3);
        }

        if (Roman().Match(text) is { Success: true } roman)
        {
            return new(PlanSectionKind.Section, LabelOf(text, roman), roman.Groups["n"].Value, roman.Groups["n"].Value, roman.Groups["rest"].Value.Trim(), 4);
        }

        if (NumberedEntry.TryRead(text, out var code, out var rest))
        {
            var depth = code.Count(c => c == '.');
            return new(depth == 0 ? PlanSectionKind.Item : PlanSectionKind.Subitem, code + ".", code, code, rest, 5 + depth);
        }

        if (Letter().Match(text) is { Success: true } letter)
        {
            return new(PlanSectionKind.Field, LabelOf(text, letter), letter.Groups["n"].Value, letter.Groups["n"].Value, letter.Groups["rest"].Value.Trim(), 9);
        }

        return null;
    }

    /// <summary>"01" → "1", "i" → "I": the form two mentions of one appendix share.</summary>
    public static string Canonical(string numeral) =>
        int.TryParse(numeral, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : numeral.ToUpperInvariant();

    /// <summary>"Phụ lục I" in a sentence is a reference; as a heading it stands alone or in capitals.</summary>
    private static bool IsHeading(string text, Match match) =>
        match.Groups["rest"].Length == 0 || match.Groups["sep"].Success || text == text.ToUpperInvariant();

    private static string LabelOf(string text, Match match) => text[..match.Groups["rest"].Index].TrimEnd();

    [GeneratedRegex(@"^(?i:phụ\s+lục)(?:\s+(?:(?i:số)\s+)?(?<n>[IVXL]+|\d{1,2}))?(?![\p{L}\p{N}])(?<sep>\s*[.:\-–])?\s*(?<rest>.*)$")]
    private static partial Regex Appendix();

    // The numeral is a whole word: "Phần việc ..." is prose, not "Phần V".
    [GeneratedRegex(@"^(?i:phần)\s+(?<n>[IVX]+|\d+)(?![\p{L}\p{N}])\s*[.:\-–]?\s*(?<rest>.*)$")]
    private static partial Regex Part();

    // "Chương trình ..." is a programme, not a chapter: the numeral must follow.
    [GeneratedRegex(@"^(?i:chương)\s+(?<n>[IVXL]+|\d+)(?![\p{L}\p{N}])\s*[.:\-–]?\s*(?<rest>.*)$")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^Điều\s+(?<n>\d{1,3})\s*[.:]\s*(?<rest>.*)$")]
    private static partial Regex Article();

    // Party documents write "I- MỤC TIÊU".
    [GeneratedRegex(@"^(?<n>[IVXL]+)(?:\.|\s*[-–])\s+(?<rest>\S.*)$")]
    private static partial Regex Roman();

    // "a)" opens a field; "a." only before a capital, so that an abbreviation is not one.
    [GeneratedRegex(@"^(?<n>[a-zđ])(?:\)|\.(?=\s*\p{Lu}))\s*(?<rest>\S.*)$")]
    private static partial Regex Letter();
}
