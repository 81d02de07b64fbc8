using System.Globalization;
using System.Text;

namespace PlanData.Import.Sources.Pdf;

/// <summary>
/// Text as a PDF or OCR gives it → the text a .docx of the same document gives: NFC (a PDF may
/// draw a Vietnamese mark as its own glyph, so "ê" + "́" must become "ế"), and the Latin
/// ligatures a font drew ("ﬁ") written out. Only the ligature block is decomposed: full
/// compatibility folding would also change characters a plan really uses (½, ², ...).
/// </summary>
public static class ExtractedText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\uFB00' and <= '\uFB06')
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A combining mark (tone or vowel mark) drawn as its own glyph belongs to the letter before it.</summary>
    public static bool IsMark(string value) =>
        value.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(value, 0) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
