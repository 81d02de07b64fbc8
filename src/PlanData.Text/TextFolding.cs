using System.Globalization;
using System.Text;

namespace PlanData.Text;

/// <summary>
/// Vietnamese text as users type it: NFC, lower case, diacritics removed, đ→d, runs of white
/// space collapsed. Stored beside the original so that folded comparisons run in SQL.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(ch == 'đ' ? 'd' : ch);
        }

        return folded.ToString();
    }
}
