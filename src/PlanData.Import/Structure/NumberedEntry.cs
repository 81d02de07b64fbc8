using System.Text.RegularExpressions;

namespace PlanData.Import.Structure;

/// <summary>Numbered lines: "3. Khai trương ...", "1.2. Xây dựng ...".</summary>
public static partial class NumberedEntry
{
    public static bool TryRead(string text, out string code, out string rest)
    {
        var match = Pattern().Match(text);
        code = match.Success ? match.Groups["code"].Value : "";
        rest = match.Success ? match.Groups["rest"].Value.Trim() : "";
        return match.Success;
    }

    [GeneratedRegex(@"^(?<code>\d{1,2}(?:\.\d{1,2})*)\.\s*(?<rest>\S.*)$")]
    private static partial Regex Pattern();
}
