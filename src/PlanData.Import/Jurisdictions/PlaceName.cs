using System.Text.RegularExpressions;
using PlanData.Agencies;
using PlanData.Text;

namespace PlanData.Import.Jurisdictions;

/// <summary>A place as printed, split into its administrative type ("tỉnh", "huyện", "xã", ...) and its bare name, folded for comparison.</summary>
public sealed partial record PlaceName(string Printed, JurisdictionLevel? Level, string Type, string Name)
{
    public string Folded => Key(Name);

    /// <summary>"TỈNH HẢI DƯƠNG" → (PROVINCIAL, "tỉnh", "HẢI DƯƠNG"); "Tịnh Trà" → (null, "", "Tịnh Trà").</summary>
    public static PlaceName Parse(string printed)
    {
        var text = Spaces().Replace(printed, " ").Trim(' ', ',', '.', ';', ':', '|');
        var match = TypePrefix().Match(text);
        if (!match.Success)
        {
            return new PlaceName(text, null, "", text);
        }

        var type = TextFolding.Fold(match.Groups["type"].Value).Replace(".", "", StringComparison.Ordinal);
        var (level, word) = type switch
        {
            "tinh" => (JurisdictionLevel.Provincial, "tỉnh"),
            "thanh pho" or "tp" => (JurisdictionLevel.Provincial, "thành phố"),
            "huyen" => (JurisdictionLevel.District, "huyện"),
            "quan" => (JurisdictionLevel.District, "quận"),
            "thi xa" => (JurisdictionLevel.District, "thị xã"),
            "xa" => (JurisdictionLevel.Commune, "xã"),
            "phuong" => (JurisdictionLevel.Commune, "phường"),
            "thi tran" => (JurisdictionLevel.Commune, "thị trấn"),
            "dac khu" => (JurisdictionLevel.Commune, "đặc khu"),
            _ => ((JurisdictionLevel?)null, ""),
        };
        return new PlaceName(text, level, word, text[match.Length..].Trim());
    }

    /// <summary>Folded, with tone-mark placement, hyphens, dashes and apostrophes ignored ("Đắk R'lấp" = "dak rlap", "Bà Rịa–Vũng Tàu" = "ba ria vung tau").</summary>
    public static string Key(string name) => Spaces().Replace(NonLetters().Replace(TextFolding.Fold(name).Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal), " "), " ").Trim();

    // "thành phố" before "thị" ... longest first; "TP." and "Tp" as printed. OCR writes "THÀNH PHÓ", "Thành phổ".
    [GeneratedRegex(@"^(?<type>th[àa]nh\s+ph[ốóổôo]|tp\.?|t[ỉi]nh|huy[ệe]n|qu[ậa]n|th[ịi]\s+x[ãa]|th[ịi]\s+tr[ấa]n|x[ãa]|ph[ưu][ờo]ng|đ[ặa]c\s+khu)(?=\s|\.|$)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypePrefix();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonLetters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
