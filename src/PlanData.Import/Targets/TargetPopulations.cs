using System.Text.RegularExpressions;

namespace PlanData.Import.Targets;

/// <summary>The nouns a target counts ("70% hộ gia đình"), matched longest first.</summary>
internal static partial class TargetPopulations
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string[] _nouns =
    [
        "hộ gia đình", "hộ nghèo", "hộ kinh doanh",
        "thôn/bản", "thôn, bản", "thôn", "bản", "tổ dân phố", "khu dân cư",
        "người dân", "người dân trưởng thành", "người trưởng thành", "người dùng", "người lao động", "người bệnh",
        "dân số", "dân cư", "lao động",
        "doanh nghiệp", "doanh nghiệp nhỏ và vừa", "hợp tác xã",
        "hồ sơ", "hồ sơ thủ tục hành chính", "thủ tục hành chính",
        "dịch vụ công", "dịch vụ công trực tuyến", "dịch vụ công trực tuyến toàn trình",
        "cơ quan", "cơ quan nhà nước", "cơ quan hành chính", "cơ quan, đơn vị", "đơn vị",
        "xã", "phường", "thị trấn", "xã, phường, thị trấn", "xã/phường/thị trấn", "huyện",
        "cán bộ", "công chức", "viên chức", "cán bộ, công chức", "cán bộ, công chức, viên chức",
        "học sinh", "sinh viên", "giáo viên", "trường học", "trường", "cơ sở giáo dục",
        "cơ sở y tế", "bệnh viện", "trạm y tế",
        "thuê bao", "thuê bao di động", "thuê bao băng rộng",
        "văn bản", "chỉ tiêu", "nhiệm vụ", "giao dịch",
    ];

    /// <summary>Regex alternation of the nouns, longest first, ending at a word boundary.</summary>
    public static string Pattern { get; } =
        "(?:" + string.Join('|', _nouns.OrderByDescending(n => n.Length).Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")(?![\p{L}\p{M}])";

    private static readonly Regex _after = new(@"^\s*(?:(?:số|các)\s+)?(?<noun>" + Pattern + ")", Options);

    private static readonly Regex _inShare = new(@"^\s*t[ỷỉ]\s+lệ\s+(?:(?:số|các)\s+)?(?<noun>" + Pattern + ")", Options);

    /// <summary>
    /// What a share counts: the noun right after the number ("70% hộ gia đình"), or else the one
    /// a "Tỷ lệ ..." clause opens with ("Tỷ lệ hồ sơ ... đạt 80%"). Lower case, as listed.
    /// </summary>
    public static string? Counted(string head, string tail) =>
        (_after.Match(tail) is { Success: true } after ? after : _inShare.Match(head)) is { Success: true } match
            ? Canonical(match.Groups["noun"].Value)
            : null;

    /// <summary>A matched noun as listed: lower case, single spaces.</summary>
    public static string Canonical(string printed) => Spaces().Replace(printed, " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
