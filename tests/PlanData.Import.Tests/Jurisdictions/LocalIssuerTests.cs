using PlanData.Import.Database;
using PlanData.Import.Tests.Database;

namespace PlanData.Import.Tests.Jurisdictions;

/// <summary>
/// Issuers below the province and places no registry knows, in layouts the corpus lacks: each
/// imports with warnings, makes its jurisdiction under its province, and is never refused for that alone.
/// </summary>
public sealed class LocalIssuerTests
{
    // A district steering committee, its province named only in the title (the district level ended on 1 July 2025).
    private const string District = """
        ỦY BAN NHÂN DÂN HUYỆN ĐẮK R'LẤP
        BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ
        -------
        |
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        |
        Số: 12/KH-BCĐ
        |
        Đắk R'lấp, ngày 20 tháng 02 năm 2023
        |
        KẾ HOẠCH
        Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đắk R'lấp, tỉnh Đắk Nông năm 2023
        Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
        """;

    // A Sở of a province that merged into another (Hải Dương into Hải Phòng), as one "|" row a line.
    private const string MergedProvinceDepartment = """
        UBND TỈNH HẢI DƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        SỞ THÔNG TIN VÀ TRUYỀN THÔNG | Độc lập - Tự do - Hạnh phúc |
        Số: 45/KH-STTTT | Hải Dương, ngày 10 tháng 01 năm 2024 |
        KẾ HOẠCH
        Chuyển đổi số ngành thông tin và truyền thông năm 2024
        Căn cứ Kế hoạch số 5046/KH-UBND ngày 29/12/2023 của UBND tỉnh Hải Dương;
        """;

    // A place no registry knows, with an issuer that names no place.
    private const string UnknownPlace = """
        BAN QUẢN LÝ KHU KINH TẾ
        Số: 7/KH-BQL
        Vân Phong, ngày 05 tháng 5 năm 2024
        KẾ HOẠCH
        Chuyển đổi số của Ban Quản lý năm 2024
        Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
        """;

    [Fact]
    public async Task A_district_committee_is_made_under_its_province_and_ends_with_the_district_level()
    {
        using var scratch = new ScratchFolder();
        var outcome = await scratch.ImportAsync(new ImportOptions(AllowIncomplete: true), scratch.Write("dak-rlap-12.txt", District));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Equal(["dak-nong/huyen-dak-rlap|District|Huyện Đắk R'lấp|dak-nong|2025-07-01|dak-rlap-12.txt"],
            Values(scratch, "SELECT Code, Level, FullName, ParentCode, EndedOn, FirstNamedIn FROM Jurisdictions WHERE Code LIKE 'dak-nong/%'"));
        var plan = Assert.Single(Values(scratch, "SELECT p.JurisdictionCode, a.Code, a.JurisdictionCode FROM Plans p JOIN Agencies a ON a.Id = p.IssuerId"));
        Assert.StartsWith("dak-nong/huyen-dak-rlap|dak-nong/huyen-dak-rlap/", plan);
        var report = outcome.Reports.Single().ToString();
        Assert.Contains("inferred-province", string.Join(" ", outcome.Reports.Single().Messages.Select(m => m.Code)));
        Assert.Contains("Huyện Đắk R'lấp (dak-nong/huyen-dak-rlap) is not in the registry", report);
    }

    [Fact]
    public async Task A_department_of_a_merged_province_passes_to_the_merged_provinces_department()
    {
        using var scratch = new ScratchFolder();
        var outcome = await scratch.ImportAsync(new ImportOptions(AllowIncomplete: true), scratch.Write("hai-duong-45.txt", MergedProvinceDepartment));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        // Sở TT&TT → Sở KH&CN of Hải Dương on 1 March 2025 → Sở KH&CN of Hải Phòng on 1 July 2025.
        Assert.Equal(
            ["hai-duong/so-khcn|hai-phong/so-khcn|2025-07-01", "hai-duong/so-tttt|hai-duong/so-khcn|2025-03-01", "hai-phong/so-khcn|NULL|NULL"],
            Values(scratch, "SELECT a.Code, s.Code, a.DissolvedOn FROM Agencies a LEFT JOIN Agencies s ON s.Id = a.SuccessorId WHERE a.Code IN ('hai-duong/so-tttt', 'hai-duong/so-khcn', 'hai-phong/so-khcn') ORDER BY a.Code"));
        Assert.Equal(["hai-duong|hai-duong/so-tttt"], Values(scratch, "SELECT p.JurisdictionCode, a.Code FROM Plans p JOIN Agencies a ON a.Id = p.IssuerId"));
        Assert.DoesNotContain(outcome.Reports.Single().Messages, m => m.Code == "unknown-agency");
    }

    [Fact]
    public async Task A_place_no_registry_knows_is_made_and_reported_not_refused()
    {
        using var scratch = new ScratchFolder();
        var outcome = await scratch.ImportAsync(new ImportOptions(AllowIncomplete: true), scratch.Write("van-phong-7.txt", UnknownPlace));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        var codes = outcome.Reports.Single().Messages.Select(m => m.Code).ToList();
        Assert.Contains("unknown-jurisdiction", codes);
        Assert.Contains("unknown-agency", codes);
        Assert.Equal(["7/KH-BQL|2024-05-05|Vân Phong"], Values(scratch, "SELECT Number, IssuedOn, IssuedAt FROM Plans"));
    }

    // Rows as "a|b|c": only the values.
    private static List<string> Values(ScratchFolder scratch, string sql) =>
        [.. scratch.Rows(sql).Select(r => string.Join('|', r.Split(" | ").Select(c => c[(c.IndexOf('=') + 1)..])))];
}
