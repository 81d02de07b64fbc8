using System.Globalization;
using System.Text.RegularExpressions;
using PlanData.Indicators;

namespace PlanData.Import.Targets;

/// <summary>
/// A number a target is stated in: a share "70%" (optionally "trở lên") or a count "30/34 chỉ
/// tiêu". <c>Start</c>..<c>End</c> cover the number and its unit; for a count, <c>Noun</c> is
/// where its noun begins, since the noun stays part of the target's name.
/// </summary>
internal sealed partial record TargetQuantity(int Start, int End, double Value, double? OutOf, string Unit, int Noun, TargetComparator? Trailing)
{
    private static readonly Regex _count = new(
        @"(?<![\p{L}\p{N}/.,\-–])(?<value>\d+)\s*/\s*(?<of>\d+)(?![\p{N}/])\s+(?:(?:số|các)\s+)?(?<noun>" + TargetPopulations.Pattern + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public bool IsCount => OutOf is not null;

    /// <summary>Every share and count in <paramref name="text"/>, in order. Dates, years and document numbers are neither.</summary>
    public static IReadOnlyList<TargetQuantity> FindAll(string text)
    {
        var shares = Share().Matches(text).Select(m => new TargetQuantity(
            m.Index,
            m.Index + m.Length,
            Number(m.Groups["value"].Value),
            null,
            "%",
            m.Index + m.Length,
            TargetComparators.After(m.Groups["trailing"].Value)));
        var counts = _count.Matches(text)
            .Select(m => (Match: m, Value: Number(m.Groups["value"].Value), OutOf: Number(m.Groups["of"].Value)))
            .Where(c => c.OutOf > 0 && c.Value <= c.OutOf)
            .Select(c => new TargetQuantity(
                c.Match.Index,
                c.Match.Groups["noun"].Index + c.Match.Groups["noun"].Length,
                c.Value,
                c.OutOf,
                TargetPopulations.Canonical(c.Match.Groups["noun"].Value),
                c.Match.Groups["noun"].Index,
                null));
        return [.. shares.Concat(counts).OrderBy(q => q.Start)];
    }

    private static double Number(string digits) =>
        double.Parse(digits.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    // Vietnamese writes a decimal comma (99,5%); a comma with a space after it is a clause break.
    [GeneratedRegex(@"(?<![\p{L}\p{N}/]|\d[.,])(?<value>\d+(?:[.,]\d+)?)\s*%(?:\s*(?<trailing>trở\s+lên|trở\s+xuống)(?![\p{L}\p{M}]))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Share();
}
