using System.Text.RegularExpressions;

namespace PlanData.Import.Headers;

/// <summary>The fixed wordings of a Vietnamese administrative header (Nghị định 30/2020/NĐ-CP; Party: Hướng dẫn 36-HD/VPTW), as pages and OCR print them.</summary>
public static partial class HeaderPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // OCR drops or swaps marks ("CỘNG HOÀ", "HÒA", "XA HỘI"): letters are matched loosely, words strictly.
    [GeneratedRegex(@"C[ỘÔOỌ]NG\s+H[ÒOÓÕỎỌ]A\s+X[ÃAÁ]\s+H[ỘÔOỌ]I\s+CH[ỦUÚ]\s+NGH[ĨIÍÌ]A\s+VI[ỆÊEẸ]T\s+NAM|Đ[ẢA]NG\s+C[ỘÔO]NG\s+S[ẢA]N\s+VI[ỆÊE]T\s+NAM", Options)]
    public static partial Regex StateMotto();

    [GeneratedRegex(@"Đ[ỘÔO]C\s+L[ẬÂA]P\s*[-–—]\s*T[ỰƯU]\s+DO\s*[-–—]\s*H[ẠA]NH\s+PH[ÚU]C", Options)]
    public static partial Regex Motto();

    // The number's label: "Số: 04 /KH-BCĐ", "SỐ: 533 /KH-UBND", "Số 01-KH/BCĐTW" (Party: no colon), "Số: /KH-UBND" (blank running number).
    [GeneratedRegex(@"(?<![\p{L}])S[ỐỒÔO]\s*:\s*|(?<![\p{L}])S[ỐỒÔO]\s+(?=\d)", Options)]
    public static partial Regex NumberLabel();

    // A blank running number: the symbol alone after the label.
    [GeneratedRegex(@"^/\s*(?<symbol>[A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-ZĐ][A-Za-zĐđ0-9&]*)*)", RegexOptions.CultureInvariant)]
    public static partial Regex BlankNumber();

    // "Quảng Ngãi, ngày 10 tháng 3 năm 2022"; the day may be unreadable after OCR ("ngàyAô tháng 02 năm 2022").
    [GeneratedRegex(@"(?<place>[^,|]*?)\s*,?\s*ngày\s*(?<day>[^\s]{0,3}?)\s*tháng\s*(?<month>\d{1,2})\s*năm\s*(?<year>\d{4})", Options)]
    public static partial Regex PlaceAndDate();

    // The document type alone on its line, or followed by the title on the same line ("KÊ HOẠCH Triển khai ...").
    [GeneratedRegex(@"^(?<type>K[ẾÊE]\s+HO[ẠA]CH|QUY[ẾÊE]T\s+Đ[ỊI]NH|NGH[ỊI]\s+QUY[ẾÊE]T|CH[ƯU][ƠO]NG\s+TR[ÌI]NH(?:\s+H[ÀA]NH\s+Đ[ỘÔO]NG)?|CH[ỈI]\s+TH[ỊI]|Đ[ỀÊE]\s+[ÁA]N|PH[ƯU][ƠO]NG\s+[ÁA]N)(?=\s|$)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex TypeLine();

    // Rules drawn under header cells ("-------", "__________") and table borders.
    [GeneratedRegex(@"^[\s\-–—_=~.*]{3,}$")]
    public static partial Regex Rule();

    // What a page put in a cell that is not text: image placeholders ("![]()").
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    public static partial Regex Image();

    // A page number glued to the text by a converter ("Trang 1ỦY BAN ...").
    [GeneratedRegex(@"^Trang\s+\d+\s*", Options)]
    public static partial Regex PageMarker();

    // Where a body starts when a copy has no type line: the legal basis, a heading, a bullet of the basis list.
    [GeneratedRegex(@"^(?:[-+•]\s*)?(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo\s+đó|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Luật\s|Nghị\s+quyết\s+số|Quyết\s+định\s+số)|^(?:[IVX]+|\d+)[.\-]\s|^(?i:phần)\s+[IVX\d]+(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    public static partial Regex BodyStart();

    // The authority line of a decision or resolution, in capitals after its title ("CHỦ TỊCH ỦY BAN QUỐC GIA ...", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "CHÍNH PHỦ").
    [GeneratedRegex(@"^(?:CHỦ\s+TỊCH|TRƯỞNG\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC|ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|CHÍNH\s+PHỦ|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH)(?:\s|$)", RegexOptions.CultureInvariant)]
    public static partial Regex Authority();
}
