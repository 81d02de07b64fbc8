using System.Collections.Frozen;
using System.Text;
using PlanData.Documents;

namespace PlanData.Import.Numbers;

/// <summary>
/// Type abbreviations (Nghị định 30/2020/NĐ-CP, Phụ lục III, plus the legal-normative and Party
/// ones) and the Vietnamese type words that name the same kinds in running text.
/// </summary>
public static class DocumentKinds
{
    private static readonly (string Abbreviation, DocumentKind Kind)[] _table =
    [
        ("NQ", DocumentKind.Resolution),
        ("QĐ", DocumentKind.Decision),
        ("CT", DocumentKind.Directive),
        ("QC", DocumentKind.Regulation),
        ("QyĐ", DocumentKind.Regulation),
        // A communiqué is not a notice (TB); the enum has nothing closer.
        ("TC", DocumentKind.Other),
        ("TB", DocumentKind.Notice),
        ("HD", DocumentKind.Guidance),
        ("CTr", DocumentKind.Program),
        ("KH", DocumentKind.Plan),
        ("PA", DocumentKind.Other),
        ("ĐA", DocumentKind.Scheme),
        ("DA", DocumentKind.Other),
        ("BC", DocumentKind.Report),
        ("BB", DocumentKind.Other),
        ("TTr", DocumentKind.Submission),
        ("HĐ", DocumentKind.Other),
        ("CĐ", DocumentKind.Other),
        ("BGN", DocumentKind.Other),
        ("BTT", DocumentKind.Other),
        ("GUQ", DocumentKind.Other),
        ("GM", DocumentKind.Other),
        ("GGT", DocumentKind.Other),
        ("GNP", DocumentKind.Other),
        ("PG", DocumentKind.Other),
        ("PC", DocumentKind.Other),
        ("PB", DocumentKind.Other),
        ("SY", DocumentKind.Other),
        ("TrS", DocumentKind.Other),
        ("SL", DocumentKind.Other),
        ("NĐ", DocumentKind.Decree),
        ("TT", DocumentKind.Circular),
        ("TTLT", DocumentKind.Circular),
        // Party documents print the type even for a công văn (123-CV/TU) and add conclusions (KL).
        ("CV", DocumentKind.OfficialLetter),
        ("KL", DocumentKind.Other),
    ];

    private static readonly (string Word, string Code)[] _words =
    [
        ("Quyết định", "QĐ"),
        ("Kế hoạch", "KH"),
        ("Tờ trình", "TTr"),
        ("Chỉ thị", "CT"),
        ("Nghị quyết", "NQ"),
        ("Công văn", "CV"),
        ("Báo cáo", "BC"),
        ("Thông báo", "TB"),
        ("Thông cáo", "TC"),
        ("Chương trình", "CTr"),
        ("Đề án", "ĐA"),
        ("Dự án", "DA"),
        ("Phương án", "PA"),
        ("Nghị định", "NĐ"),
        ("Thông tư liên tịch", "TTLT"),
        ("Thông tư", "TT"),
        ("Quy chế", "QC"),
        ("Quy định", "QyĐ"),
        ("Hướng dẫn", "HD"),
        ("Công điện", "CĐ"),
        ("Kết luận", "KL"),
        ("Biên bản", "BB"),
        ("Giấy mời", "GM"),
        ("Hợp đồng", "HĐ"),
    ];

    public static FrozenDictionary<string, DocumentKindCode> ByAbbreviation { get; } =
        _table.ToFrozenDictionary(e => e.Abbreviation, e => new DocumentKindCode(e.Kind, e.Abbreviation), StringComparer.Ordinal);

    /// <summary>Keys are matched ignoring case, so <c>KẾ HOẠCH</c> and <c>kế hoạch</c> both name a plan.</summary>
    public static FrozenDictionary<string, DocumentKindCode> ByWord { get; } =
        _words.ToFrozenDictionary(w => w.Word, w => ByAbbreviation[w.Code], StringComparer.OrdinalIgnoreCase);

    // "QD" for "QĐ" where the printer lost the stroke, but only where that cannot be read as
    // another abbreviation: "DA" is Dự án, not Đề án, and "HD" is Hướng dẫn, not Hợp đồng.
    private static readonly FrozenDictionary<string, DocumentKindCode> _byUnstrokedAbbreviation = _table
        .Select(e => e.Abbreviation)
        .Where(a => a.Contains('Đ', StringComparison.Ordinal))
        .Select(a => (Printed: a.Replace('Đ', 'D'), Canonical: a))
        .Where(a => !ByAbbreviation.ContainsKey(a.Printed))
        .ToFrozenDictionary(a => a.Printed, a => ByAbbreviation[a.Canonical], StringComparer.Ordinal);

    /// <summary>Case-sensitive as printed (<c>CTr</c> is not <c>CT</c>); accepts <c>D</c> printed for <c>Đ</c>.</summary>
    public static bool TryGetByAbbreviation(string abbreviation, out DocumentKindCode kind) =>
        ByAbbreviation.TryGetValue(abbreviation, out kind) || _byUnstrokedAbbreviation.TryGetValue(abbreviation, out kind);

    public static bool TryGetByWord(string word, out DocumentKindCode kind) =>
        ByWord.TryGetValue(CollapseSpaces(word.Normalize(NormalizationForm.FormC)), out kind);

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
