using System.Globalization;
using System.Text;

namespace PlanData.Search;

/// <summary>
/// Words as SQLite's unicode61 tokenizer cuts them: runs of letters, digits and private-use
/// characters; everything else separates. Query terms and highlights are cut by this same rule,
/// so that a highlighted word is exactly a word the index matched.
/// </summary>
public static class SearchTokens
{
    /// <summary>
    /// Where the words of <paramref name="text"/> are. Combining marks stay with the word they
    /// follow, so that an NFD original is cut where its folded form is.
    /// </summary>
    public static List<Range> Spans(string text)
    {
        var spans = new List<Range>();
        var start = -1;
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
            var category = Rune.GetUnicodeCategory(rune);
            var inWord = IsWordCharacter(category) || (start >= 0 && category == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                spans.Add(start..index);
                start = -1;
            }

            index += length;
        }

        if (start >= 0)
        {
            spans.Add(start..text.Length);
        }

        return spans;
    }

    /// <summary>The words of a (folded) text, in order.</summary>
    public static List<string> Words(string text) => [.. Spans(text).Select(span => text[span])];

    private static bool IsWordCharacter(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.PrivateUse;
}
