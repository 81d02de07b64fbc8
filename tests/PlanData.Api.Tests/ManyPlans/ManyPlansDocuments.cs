using System.Security.Cryptography;
using System.Text;
using PlanData.Documents;
using PlanData.Plans;
using PlanData.Seeding;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>
/// Hand-written structured plans of several provinces (the importer cannot read them yet): three plans
/// numbered 04/KH-BCĐ (quang-ngai 2022, kon-tum 2022, quang-ngai 2023), plans that cite 749/QĐ-TTg,
/// plans of a district and a commune, an undated opening of a scan, and a plan citing 22 documents that
/// share one number.
/// </summary>
public static class ManyPlansDocuments
{
    public static readonly DocumentEntry Decision749 = new("749/QĐ-TTg", "749/QĐ-TTg", 749, "QĐ-TTg", DocumentKind.Decision, "QĐ", "viet-nam/thu-tuong-chinh-phu",
        new DateOnly(2020, 6, 3), 2020, "viet-nam", "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030");

    /// <summary>Years of the 22 decisions numbered 01/QĐ-UBND that the Hà Tĩnh plan 50/KH-UBND cites.</summary>
    public static readonly IReadOnlyList<int> RepeatedDecisionYears = [.. Enumerable.Range(2000, 22)];

    public static IReadOnlyList<PlanFile> Plans { get; } =
    [
        Plan("quang-ngai", "quang-ngai/bcd-cds", "04/KH-BCĐ", new DateOnly(2022, 3, 10), "Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022", "Quảng Ngãi",
            [Item(1, "Ban hành Quy chế hoạt động của Ban Chỉ đạo", "quang-ngai/so-tttt"), Item(2, "Triển khai nền tảng khoa học mở", "quang-ngai/so-khcn")],
            [Cites(Decision749, ReferenceRelation.LegalBasis)]),
        Plan("kon-tum", "kon-tum/bcd-cds", "04/KH-BCĐ", new DateOnly(2022, 4, 5), "Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum năm 2022", "Kon Tum",
            [Item(1, "Xây dựng chính quyền số tỉnh Kon Tum", "kon-tum/so-tttt")],
            [Cites(Decision749, ReferenceRelation.Implements)]),
        Plan("quang-ngai", "quang-ngai/bcd-cds", "04/KH-BCĐ", new DateOnly(2023, 2, 20), "Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2023", "Quảng Ngãi",
            [Item(1, "Triển khai Chương trình Chuyển đổi số quốc gia", "quang-ngai/so-tttt")],
            [Cites(Decision749, ReferenceRelation.Implements, item: 1)]),
        Plan("hai-duong", "hai-duong/ubnd-tinh", "1914/KH-UBND", new DateOnly(2023, 6, 12), "Chuyển đổi số tỉnh Hải Dương năm 2023", "Hải Dương",
            [Item(1, "Phát triển hạ tầng số tỉnh Hải Dương", "hai-duong/so-tttt")],
            [Cites(Decision749, ReferenceRelation.Implements)]),
        Plan("hai-phong", "hai-phong/ubnd-thanh-pho", "120/KH-UBND", new DateOnly(2021, 5, 20), "Chuyển đổi số thành phố Hải Phòng năm 2021", "Hải Phòng",
            [Item(1, "Phát triển hạ tầng số thành phố", "hai-phong/so-tttt"), Item(2, "Bố trí kinh phí chuyển đổi số", "hai-phong/so-tai-chinh")],
            [Cites(Decision749, ReferenceRelation.LegalBasis)]),
        Plan("quang-ngai/xa-tinh-tra", "quang-ngai/xa-tinh-tra/ubnd", "15/KH-UBND", new DateOnly(2024, 4, 26), "Chuyển đổi số xã Tịnh Trà năm 2024", "Tịnh Trà",
            [Item(1, "Phổ cập điện thoại thông minh", "quang-ngai/xa-tinh-tra/ubnd")], [], SourceFormat.Docx),
        Plan("kon-tum/thanh-pho-kon-tum", "kon-tum/thanh-pho-kon-tum/ubnd", "88/KH-UBND", new DateOnly(2023, 3, 1), "Chuyển đổi số thành phố Kon Tum năm 2023", "Kon Tum",
            [Item(1, "Số hóa hồ sơ một cửa", "kon-tum/thanh-pho-kon-tum/ubnd")],
            [Cites(Document("kon-tum", "kon-tum/bcd-cds", "04/KH-BCĐ", new DateOnly(2022, 4, 5), "Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum năm 2022"), ReferenceRelation.Implements)],
            SourceFormat.Pdf),
        Plan("ha-tinh", "ha-tinh/ubnd-tinh", "27/KH-UBND", null, "Chuyển đổi số tỉnh Hà Tĩnh", "Hà Tĩnh", [],
            [Cites(Decision749, ReferenceRelation.LegalBasis)],
            SourceFormat.ScannedPdf, ocrConfidence: 0.87, missing: ["content section (items)", "signature"]),
        Plan("ha-tinh", "ha-tinh/ubnd-tinh", "50/KH-UBND", new DateOnly(2022, 1, 15), "Chuyển đổi số tỉnh Hà Tĩnh năm 2022", "Hà Tĩnh",
            [Item(1, "Xây dựng kho dữ liệu dùng chung", "ha-tinh/so-tttt")],
            [.. RepeatedDecisionYears.Select(year => Cites(Document("ha-tinh", "ha-tinh/ubnd-tinh", "01/QĐ-UBND", new DateOnly(year, 1, 2), $"giao chỉ tiêu năm {year}"), ReferenceRelation.LegalBasis))]),
    ];

    private static PlanFile Plan(
        string jurisdiction,
        string issuer,
        string number,
        DateOnly? issuedOn,
        string title,
        string issuedAt,
        IReadOnlyList<ItemEntry> items,
        IReadOnlyList<ReferenceEntry> references,
        SourceFormat format = SourceFormat.Text,
        double? ocrConfidence = null,
        IReadOnlyList<string>? missing = null)
    {
        var document = Document(jurisdiction, issuer, number, issuedOn, title);
        var fileName = $"{jurisdiction.Replace('/', '-')}-{number.Replace('/', '-')}-{issuedOn?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}.txt";
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)));
        return new PlanFile(
            new SourceEntry(fileName, sha256, 40, 36, format, ocrConfidence),
            document,
            new PlanEntry(title, issuedOn?.Year, issuedOn, issuedAt, jurisdiction, issuer, missing is null ? new SignatureEntry("Nguyễn Văn A", "CHỦ TỊCH", null) : null,
                [$"Triển khai chuyển đổi số: {title}."], items, [], references, [], [], [], missing));
    }

    private static DocumentEntry Document(string jurisdiction, string issuer, string number, DateOnly? issuedOn, string summary)
    {
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        var symbol = number[(slash + 1)..];
        var kindCode = symbol[..symbol.IndexOf('-', StringComparison.Ordinal)];
        var kind = kindCode == "KH" ? DocumentKind.Plan : DocumentKind.Decision;
        return new DocumentEntry(number, number, int.Parse(number[..slash], System.Globalization.CultureInfo.InvariantCulture), symbol, kind, kindCode, issuer, issuedOn, issuedOn?.Year, jurisdiction, summary);
    }

    private static ItemEntry Item(int number, string title, string lead) => new(
        number, number.ToString(System.Globalization.CultureInfo.InvariantCulture), null, title, null, null,
        new ScheduleEntry("Tháng 12/2025", ScheduleKind.Month, new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), false,
        [new AssignmentEntry(lead, AssignmentRole.Lead, "Cơ quan chủ trì")], [], [10 + number, 12 + number], $"{number}. {title}\n- Cơ quan chủ trì: ...");

    private static ReferenceEntry Cites(DocumentEntry to, ReferenceRelation relation, int? item = null) =>
        new(to, relation, item, 5, $"Căn cứ {to.Number} {to.Summary};");
}
