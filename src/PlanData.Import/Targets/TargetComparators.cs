using System.Text.RegularExpressions;
using PlanData.Indicators;

namespace PlanData.Import.Targets;

/// <summary>The words that set a target's comparator, read from just before its number.</summary>
internal static partial class TargetComparators
{
    private static readonly Dictionary<string, TargetComparator> _words = new(StringComparer.Ordinal)
    {
        ["tối thiểu"] = TargetComparator.AtLeast,
        ["ít nhất"] = TargetComparator.AtLeast,
        ["không dưới"] = TargetComparator.AtLeast,
        ["không thấp hơn"] = TargetComparator.AtLeast,
        ["không ít hơn"] = TargetComparator.AtLeast,
        ["trên"] = TargetComparator.MoreThan,
        ["hơn"] = TargetComparator.MoreThan,
        ["cao hơn"] = TargetComparator.MoreThan,
        ["tối đa"] = TargetComparator.AtMost,
        ["không quá"] = TargetComparator.AtMost,
        ["không vượt quá"] = TargetComparator.AtMost,
        ["không cao hơn"] = TargetComparator.AtMost,
        ["dưới"] = TargetComparator.LessThan,
        ["thấp hơn"] = TargetComparator.LessThan,
        ["ít hơn"] = TargetComparator.LessThan,
        ["tới"] = TargetComparator.Equal,
        ["đến"] = TargetComparator.Equal,
        ["bằng"] = TargetComparator.Equal,
    };

    /// <summary>
    /// A target's own comparator and where its words begin in <paramref name="head"/> (the text
    /// before its number), read as "[đạt] [comparator] [từ]". The most specific word wins: a
    /// comparator word, then "trở lên"/"trở xuống" after the number (<paramref name="trailing"/>),
    /// then a bare "đạt" (EQUAL); with none of them, null.
    /// </summary>
    public static (TargetComparator? Comparator, int Start) Own(string head, TargetComparator? trailing)
    {
        var match = _prefix.Match(head);
        if (!match.Success)
        {
            return (trailing, head.Length);
        }

        var word = match.Groups["word"];
        var comparator = word.Success ? _words[Spaces().Replace(word.Value, " ").ToLowerInvariant()]
            : trailing ?? (match.Groups["verb"].Success ? TargetComparator.Equal : null);
        return (comparator, match.Index);
    }

    /// <summary>"80% trở lên" / "5% trở xuống", read after the number.</summary>
    public static TargetComparator? After(string trailing) =>
        trailing.Length == 0 ? null
        : trailing.Contains("lên", StringComparison.OrdinalIgnoreCase) ? TargetComparator.AtLeast
        : TargetComparator.AtMost;

    // The leftmost match wins, so "không dưới" is read whole, never as "dưới".
    private static readonly Regex _prefix = new(
        @"(?<![\p{L}\p{M}])(?:(?<verb>đạt)\s+)?(?:(?<word>"
        + string.Join('|', _words.Keys.OrderByDescending(w => w.Length).Select(w => w.Replace(" ", @"\s+", StringComparison.Ordinal)))
        + @")\s*)?(?:từ\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
