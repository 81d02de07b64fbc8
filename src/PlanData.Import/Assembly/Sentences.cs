using System.Text.RegularExpressions;

namespace PlanData.Import.Assembly;

public static partial class Sentences
{
    /// <summary>The sentence of <paramref name="text"/> that holds position <paramref name="index"/>.</summary>
    public static string Around(string text, int index)
    {
        var start = 0;
        foreach (Match end in End().Matches(text))
        {
            if (end.Index + 1 > index)
            {
                return text[start..(end.Index + 1)].Trim();
            }

            start = end.Index + end.Length;
        }

        return text[start..].Trim();
    }

    /// <summary>Upper-cases the first letter.</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"[.;](?=\s+\p{Lu})")]
    private static partial Regex End();
}
