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
        return new PlaceName(text, level, word, WithoutBody(text[match.Length..].Trim()));
    }

    // In capitals a name does not show where it ends: "HUYỆN ĐẮK R'LẤP BAN CHỈ ĐẠO ..." is the place, then a body under it.
    private static readonly string[] _bodies =
        ["ban chi dao", "ban quan ly", "ban thuong vu", "uy ban", "so", "van phong", "trung tam", "hoi dong", "dang uy", "chi cuc", "cong an", "phong"];

    private static string WithoutBody(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var rest = TextFolding.Fold(string.Join(' ', words.Skip(i)));
            // "Phòng" starts a body only as a capitalised word after a whole name in capitals, never in "Hải Phòng" (two words, the name).
            if (_bodies.Any(b => (rest == b || rest.StartsWith(b + " ", StringComparison.Ordinal)) && (b != "phong" || i >= 2) && (b != "so" || words[i].All(c => !char.IsLetter(c) || char.IsUpper(c)))))
            {
                return string.Join(' ', words.Take(i));
            }
        }

        return name;
    }

    /// <summary>Every place a text names with its type ("TỈNH HẢI DƯƠNG", "xã Thạch Kim", "UBND huyện Sơn Tịnh"), parsed.</summary>
    public static IReadOnlyList<PlaceName> FindAll(string text) => [.. Typed().Matches(text).Select(m => Parse(m.Value))];

    /// <summary>Folded, with tone-mark placement, hyphens, dashes and apostrophes ignored ("Đắk R'lấp" = "dak rlap", "Bà Rịa–Vũng Tàu" = "ba ria vung tau").</summary>
    public static string Key(string name) => Spaces().Replace(NonLetters().Replace(TextFolding.Fold(name).Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal), " "), " ").Trim();

    // "thành phố" before "thị" ... longest first; "TP." and "Tp" as printed. OCR writes "THÀNH PHÓ", "Thành phổ".
    [GeneratedRegex(@"^(?<type>th[àa]nh\s+ph[ốóổôo]|tp\.?|t[ỉi]nh|huy[ệe]n|qu[ậa]n|th[ịi]\s+x[ãa]|th[ịi]\s+tr[ấa]n|x[ãa]|ph[ưu][ờo]ng|đ[ặa]c\s+khu)(?=\s|\.|$)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypePrefix();

    [GeneratedRegex(@"(?<![\p{L}])(?:TỈNH|Tỉnh|tỉnh|THÀNH\s+PH[ỐÓ]|Thành\s+phố|thành\s+phố|TP\.?|Tp\.?|HUYỆN|Huyện|huyện|QUẬN|Quận|quận|THỊ\s+XÃ|Thị\s+xã|thị\s+xã|XÃ|Xã|xã|PHƯỜNG|Phường|phường|THỊ\s+TRẤN|Thị\s+trấn|thị\s+trấn)\s+(?:[\p{Lu}][\p{L}'’\-]*\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex Typed();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonLetters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
