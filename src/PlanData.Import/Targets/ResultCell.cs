using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanData.Indicators;

namespace PlanData.Import.Targets;

/// <summary>
/// Reads the result cell of an indicator table. Each part between ";" is one target: an optional
/// comparator (≥ &gt;= &gt; ≤ &lt;= &lt; =, or the words sentences use: "tối thiểu", "trên", "không quá"),
/// a number (decimal comma, leading zeros, "1.000" thousands), an optional "%", an optional
/// upper end ("40 - 50", "20% - 50%"), then "trở lên" / "trở xuống", a scope or a remark
/// ("và tăng dần ...", kept only in the cell as printed). A part that starts with anything else ("Đạt mức tiên tiến ...") states no number.
/// </summary>
public static partial class ResultCell
{
    private static readonly Dictionary<string, TargetComparator> _symbols = new(StringComparer.Ordinal)
    {
        ["≥"] = TargetComparator.AtLeast,
        [">="] = TargetComparator.AtLeast,
        ["=>"] = TargetComparator.AtLeast,
        [">"] = TargetComparator.MoreThan,
        ["≤"] = TargetComparator.AtMost,
        ["<="] = TargetComparator.AtMost,
        ["=<"] = TargetComparator.AtMost,
        ["<"] = TargetComparator.LessThan,
        ["="] = TargetComparator.Equal,
    };

    /// <summary>The cell's targets; empty when a part states no number (the cell is then qualitative, or a heading's blank).</summary>
    public static IReadOnlyList<ResultTarget> ReadAll(string cell)
    {
        var targets = new List<ResultTarget>();
        foreach (var part in cell.Normalize(NormalizationForm.FormC).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Read(part) is not { } target)
            {
                return [];
            }

            targets.Add(target);
        }

        return targets;
    }

    private static ResultTarget? Read(string part)
    {
        var match = Quantity().Match(part);
        if (!match.Success)
        {
            return null;
        }

        var head = match.Groups["head"].Value.Trim();
        var trailing = TargetComparators.After(match.Groups["trailing"].Value);
        TargetComparator? comparator = _symbols.TryGetValue(head, out var symbol) ? symbol
            : head.Length == 0 ? trailing
            : TargetComparators.Own(head + " ", trailing) is { Comparator: { } word, Start: 0 } ? word
            : null;
        if (comparator is null && head.Length > 0)
        {
            // Words before the number that set no comparator ("Nhóm 50 nước ...") make a sentence, not a target.
            return null;
        }

        var upper = match.Groups["upper"].Success ? Number(match.Groups["upper"].Value) : (double?)null;
        var rest = match.Groups["rest"].Value.Trim().Trim(',', '.', ' ');
        if (rest.Any(char.IsDigit))
        {
            // A second number after the value ("2025: 80%", "5 (năm 2025)") is not a form this reader knows: better reported than misread.
            return null;
        }

        // A range's lower end is what a reader ignoring the upper one may rely on: at least 40.
        return new ResultTarget(
            comparator ?? (upper is null ? TargetComparator.Equal : TargetComparator.AtLeast),
            Number(match.Groups["value"].Value),
            upper,
            match.Groups["share"].Success || match.Groups["upperShare"].Success,
            TargetScopes.Of(rest));
    }

    private static double Number(string printed) =>
        double.Parse(Thousands().IsMatch(printed) ? printed.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : printed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private const string NumberPattern = @"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?";

    [GeneratedRegex(@"^(?<head>[^\d]*?)\s*(?<value>" + NumberPattern + @")\s*(?<share>%)?(?:\s*[-–—]\s*(?<upper>" + NumberPattern + @")\s*(?<upperShare>%)?)?(?:\s*(?<trailing>trở\s+lên|trở\s+xuống)(?![\p{L}\p{M}]))?(?<rest>(?![\d%]).*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Quantity();

    // Vietnamese groups thousands with dots ("1.000"); a single dot before other than three digits is a decimal point.
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")]
    private static partial Regex Thousands();
}
