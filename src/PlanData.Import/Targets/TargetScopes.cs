using System.Text.RegularExpressions;

namespace PlanData.Import.Targets;

/// <summary>
/// The names a ranking or comparison is stated against ("≤ 3 Đông Nam Á; ≤ 50 Thế giới"), matched
/// longest first and only as all that follows the number: any other words there are a remark, not a scope.
/// </summary>
internal static partial class TargetScopes
{
    private static readonly string[] _names =
    [
        "Đông Nam Á", "khu vực Đông Nam Á", "ASEAN", "khu vực ASEAN", "châu Á", "khu vực châu Á", "châu Á - Thái Bình Dương",
        "khu vực", "thế giới", "toàn cầu", "quốc tế", "cả nước", "toàn quốc", "trong nước",
    ];

    private static readonly Regex _scope = new(
        @"^(?:(?:trong|tại|ở|trên)\s+)?(?<name>(?:" + string.Join('|', _names.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @"))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The scope <paramref name="rest"/> names, as printed; null when it names none.</summary>
    public static string? Of(string rest) => _scope.Match(rest) is { Success: true } match ? match.Groups["name"].Value : null;
}
