using PlanData.Agencies;
using PlanData.Seeding;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>
/// The jurisdictions and agencies of the many-plans database: provinces merged on 2025-07-01 (kon-tum into
/// quang-ngai, hai-duong into hai-phong), one renamed (hue), one untouched (ha-tinh), and a district and
/// communes under quang-ngai and kon-tum, shaped like seed/jurisdictions.json.
/// </summary>
public static class ManyPlansRegistry
{
    public static readonly DateOnly MergedOn = new(2025, 7, 1);

    public static AgencyRegistryFile Registry { get; } = new(
        [
            new("viet-nam", "Việt Nam", JurisdictionLevel.National),
            new("quang-ngai", "Quảng Ngãi", JurisdictionLevel.Provincial, FullName: "Tỉnh Quảng Ngãi", OfficialCode: "51", Aliases: ["tỉnh Quảng Ngãi"],
                Note: "Tỉnh Kon Tum merged into it (NQ 202/2025/QH15), effective 2025-07-01.", Sources: ["NQ 202/2025/QH15"]),
            new("kon-tum", "Kon Tum", JurisdictionLevel.Provincial, FullName: "Tỉnh Kon Tum", OfficialCode: "62", Aliases: ["tỉnh Kon Tum", "Kon Tun"],
                EndedOn: MergedOn, MergedInto: "quang-ngai", Note: "Merged into tỉnh Quảng Ngãi (NQ 202/2025/QH15).", Sources: ["NQ 202/2025/QH15", "QĐ 124/2004/QĐ-TTg"]),
            new("hai-phong", "Hải Phòng", JurisdictionLevel.Provincial, FullName: "Thành phố Hải Phòng", OfficialCode: "31", Aliases: ["TP Hải Phòng"]),
            new("hai-duong", "Hải Dương", JurisdictionLevel.Provincial, FullName: "Tỉnh Hải Dương", OfficialCode: "30", EndedOn: MergedOn, MergedInto: "hai-phong"),
            new("hue", "Huế", JurisdictionLevel.Provincial, FullName: "Thành phố Huế", OfficialCode: "46", Aliases: ["Thừa Thiên Huế"],
                FormerFullName: "Tỉnh Thừa Thiên Huế", RenamedOn: new DateOnly(2025, 1, 1)),
            new("ha-tinh", "Hà Tĩnh", JurisdictionLevel.Provincial, FullName: "Tỉnh Hà Tĩnh", OfficialCode: "42"),
            new("lao-cai", "Lào Cai", JurisdictionLevel.Provincial, FullName: "Tỉnh Lào Cai", OfficialCode: "15", FormerOfficialCode: "10"),
            new("quang-ngai/huyen-son-tinh", "Sơn Tịnh", JurisdictionLevel.District, FullName: "Huyện Sơn Tịnh", Parent: "quang-ngai", EndedOn: MergedOn),
            new("quang-ngai/xa-tho-phong", "Thọ Phong", JurisdictionLevel.Commune, FullName: "Xã Thọ Phong", Parent: "quang-ngai"),
            new("quang-ngai/xa-tinh-tra", "Tịnh Trà", JurisdictionLevel.Commune, FullName: "Xã Tịnh Trà", Parent: "quang-ngai/huyen-son-tinh",
                EndedOn: MergedOn, MergedInto: "quang-ngai/xa-tho-phong"),
            new("kon-tum/thanh-pho-kon-tum", "Kon Tum", JurisdictionLevel.District, FullName: "Thành phố Kon Tum", Parent: "kon-tum", EndedOn: MergedOn),
        ],
        [
            Agency("viet-nam/thu-tuong-chinh-phu", "Thủ tướng Chính phủ", AgencyKind.Other),
            Agency("quang-ngai/bcd-cds", "Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi", AgencyKind.SteeringCommittee),
            Agency("quang-ngai/ubnd-tinh", "Ủy ban nhân dân tỉnh Quảng Ngãi", AgencyKind.PeoplesCommittee),
            Agency("quang-ngai/so-khcn", "Sở Khoa học và Công nghệ", AgencyKind.ProvincialDepartment),
            Agency("quang-ngai/so-tttt", "Sở Thông tin và Truyền thông", AgencyKind.ProvincialDepartment) with { Successor = "quang-ngai/so-khcn", DissolvedOn = new DateOnly(2025, 3, 1) },
            Agency("kon-tum/bcd-cds", "Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum", AgencyKind.SteeringCommittee),
            Agency("kon-tum/so-tttt", "Sở Thông tin và Truyền thông tỉnh Kon Tum", AgencyKind.ProvincialDepartment),
            Agency("kon-tum/thanh-pho-kon-tum/ubnd", "Ủy ban nhân dân thành phố Kon Tum", AgencyKind.DistrictPeoplesCommittee, "kon-tum/thanh-pho-kon-tum"),
            Agency("hai-duong/ubnd-tinh", "Ủy ban nhân dân tỉnh Hải Dương", AgencyKind.PeoplesCommittee),
            Agency("hai-duong/so-tttt", "Sở Thông tin và Truyền thông tỉnh Hải Dương", AgencyKind.ProvincialDepartment),
            Agency("hai-phong/ubnd-thanh-pho", "Ủy ban nhân dân thành phố Hải Phòng", AgencyKind.PeoplesCommittee),
            Agency("hai-phong/so-tttt", "Sở Thông tin và Truyền thông thành phố Hải Phòng", AgencyKind.ProvincialDepartment),
            Agency("hai-phong/so-tai-chinh", "Sở Tài chính thành phố Hải Phòng", AgencyKind.ProvincialDepartment),
            Agency("ha-tinh/ubnd-tinh", "Ủy ban nhân dân tỉnh Hà Tĩnh", AgencyKind.PeoplesCommittee),
            Agency("ha-tinh/so-tttt", "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh", AgencyKind.ProvincialDepartment),
            Agency("quang-ngai/xa-tinh-tra/ubnd", "Ủy ban nhân dân xã Tịnh Trà", AgencyKind.PeoplesCommittee, "quang-ngai/xa-tinh-tra"),
            Agency("quang-ngai/xa-tho-phong/ubnd", "Ủy ban nhân dân xã Thọ Phong", AgencyKind.PeoplesCommittee, "quang-ngai/xa-tho-phong"),
        ]);

    /// <summary>An agency of the jurisdiction its code starts with (or <paramref name="jurisdiction"/>).</summary>
    private static AgencyEntry Agency(string code, string name, AgencyKind kind, string? jurisdiction = null) =>
        new(code, name, null, [], kind, jurisdiction ?? code[..code.IndexOf('/', StringComparison.Ordinal)], false, null, null, null, null);
}
