using System.Text;
using System.Text.RegularExpressions;

namespace PlanData.Import.Sources;

/// <summary>
/// Whether a word has the shape of one Vietnamese syllable: an optional initial consonant, one
/// of the language's vowel groups, an optional final consonant, and at most one tone mark.
/// </summary>
internal static partial class VietnameseSyllable
{
    public static bool IsSyllable(string word)
    {
        var tones = 0;
        var toneless = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones++;
            }
            else
            {
                toneless.Append(c);
            }
        }

        return tones <= 1 && Shape().IsMatch(toneless.ToString().Normalize(NormalizationForm.FormC));
    }

    [GeneratedRegex(
        "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
        + "(?:iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu"
        + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê"
        + "|[aăâeêioôơuưy])"
        + "(?:ch|ng|nh|[cmnpt])?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
