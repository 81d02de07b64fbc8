using System.Text;

namespace PlanData.Import.Sources;

/// <summary>
/// Recognises text written in one of the 8-bit Vietnamese encodings that predate Unicode
/// (TCVN3/ABC, VNI-Windows, Windows-1258): the bytes are read in each of them in turn, and the
/// encoding is likely when most words that use high bytes become real Vietnamese syllables.
/// Latin-1 text in other languages does not: "café", "très" or "não" are not syllables.
/// </summary>
internal static class LegacyVietnamese
{
    // The share of decoded words that must be syllables, and how many of them must use a
    // letter outside Latin-1 (ạ, ế, ư, đ ...) so that French "à" or "où" alone never qualifies.
    private const double SyllableShare = 0.6;
    private const int MinimumVietnameseWords = 2;

    private static readonly Encoding _windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)
        ?? throw new InvalidOperationException("code page 1258 is not available");

    public static bool IsLikely(ReadOnlySpan<byte> bytes) =>
        LooksVietnamese(Tcvn3.Decode(bytes))
        || LooksVietnamese(Vni.Decode(bytes))
        || LooksVietnamese(_windows1258.GetString(bytes));

    private static bool LooksVietnamese(string decoded)
    {
        var text = decoded.Normalize(NormalizationForm.FormC);
        var words = 0;
        var syllables = 0;
        var vietnamese = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]))
            {
                continue;
            }

            var word = text[start..i];
            start = i + 1;
            if (!word.Any(c => c > '\u007F'))
            {
                continue;
            }

            words++;
            if (VietnameseSyllable.IsSyllable(word))
            {
                syllables++;
                vietnamese += word.Any(c => c > '\u00FF') ? 1 : 0;
            }
        }

        return vietnamese >= MinimumVietnameseWords && syllables >= words * SyllableShare;
    }

    // A high byte read as a symbol or U+FFFD stays in the word, so that it spoils the word
    // instead of splitting it; only spaces and punctuation (typographic quotes, dashes) split.
    private static bool IsWordChar(char c) =>
        c > '\u007F' ? !char.IsWhiteSpace(c) && !char.IsPunctuation(c) : char.IsAsciiLetter(c);
}
