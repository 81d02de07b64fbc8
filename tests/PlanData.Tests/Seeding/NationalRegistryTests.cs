using System.Text;
using System.Text.RegularExpressions;
using PlanData.Agencies;
using PlanData.Seeding;
using PlanData.Testing;
using PlanData.Text;

namespace PlanData.Tests.Seeding;

/// <summary>
/// The national registry as a user relies on it: the 63 provincial units before 1 July 2025 and
/// the 34 after, the mergers of NQ 202/2025/QH15 as the reference CSV has them (a copy beside this
/// file, so CI needs nothing outside the checkout), codes, aliases, the bodies every province has,
/// the national bodies, and a source for every successor or ending.
/// </summary>
public sealed partial class NationalRegistryTests
{
    private static readonly string _seed = RepositoryRoot.Seed;
    private static readonly AgencyRegistryFile _registry = AgencyRegistryFile.Load(_seed);
    private static readonly string _csv = Path.Combine(RepositoryRoot.Path, "tests", "PlanData.Tests", "Seeding", "provinces-2025.csv");
    private static readonly DateOnly _march2025 = new(2025, 3, 1);
    private static readonly DateOnly _july2025 = new(2025, 7, 1);

    private static IReadOnlyList<JurisdictionEntry> Provinces => [.. _registry.Jurisdictions.Where(j => j.Level == JurisdictionLevel.Provincial)];

    private static IReadOnlyList<AgencyTemplate> Templates => _registry.Templates ?? [];

    [Fact]
    public void There_are_63_provincial_units_of_which_34_still_exist()
    {
        Assert.Equal(63, Provinces.Count);
        Assert.Equal(34, Provinces.Count(p => p.EndedOn is null));
        Assert.Equal("Việt Nam", Assert.Single(_registry.Jurisdictions, j => j.Level == JurisdictionLevel.National).Name);
    }

    [Fact]
    public void Every_ended_unit_merged_on_1_July_2025_into_a_unit_that_still_exists()
    {
        var byCode = _registry.Jurisdictions.ToDictionary(j => j.Code);

        Assert.All(Provinces.Where(p => p.EndedOn is not null), p =>
        {
            Assert.Equal(_july2025, p.EndedOn);
            Assert.True(p.MergedInto is not null && byCode.ContainsKey(p.MergedInto), $"{p.Code} merged into {p.MergedInto ?? "nothing"}");
            var into = byCode[p.MergedInto!];
            Assert.Equal(JurisdictionLevel.Provincial, into.Level);
            Assert.Null(into.EndedOn);
        });
        Assert.All(Provinces.Where(p => p.EndedOn is null), p => Assert.Null(p.MergedInto));
    }

    public static TheoryData<string, string, string, string, string> CsvRows()
    {
        var rows = new TheoryData<string, string, string, string, string>();
        foreach (var f in Csv())
        {
            rows.Add(f[0], f[1], f[3], f[4], f[5]);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(CsvRows))]
    public void Each_csv_row_is_in_the_registry(string codeBefore, string nameBefore, string nameAfter, string codeAfter, string effective)
    {
        var on = DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture);
        if (on < _july2025)
        {
            // The one rename: Tỉnh Thừa Thiên Huế became Thành phố Huế, the same unit.
            var renamed = Assert.Single(Provinces, p => p.FormerFullName == nameBefore);
            Assert.Equal((nameAfter, on, codeAfter), (renamed.FullName, renamed.RenamedOn, renamed.OfficialCode));
            return;
        }

        var before = Assert.Single(Provinces, p => p.FullName == nameBefore);
        var after = Assert.Single(Provinces, p => p.FullName == nameAfter && p.EndedOn is null);
        Assert.Equal(codeAfter, after.OfficialCode);
        if (before == after)
        {
            Assert.Equal(codeBefore == codeAfter ? null : codeBefore, before.FormerOfficialCode);
        }
        else
        {
            Assert.Equal((after.Code, (DateOnly?)on, codeBefore), (before.MergedInto, before.EndedOn, before.OfficialCode));
        }
    }

    [Fact]
    public void The_csv_names_every_provincial_unit_once()
    {
        var before = Csv().Where(f => f[5] == "2025-07-01").Select(f => f[1]).Order();

        Assert.Equal(Provinces.Select(p => p.FullName!).Order(), before);
    }

    [Fact]
    public void Official_codes_are_two_digits_and_unique_among_existing_units()
    {
        Assert.All(Provinces, p =>
        {
            Assert.Matches("^[0-9]{2}$", p.OfficialCode);
            Assert.True(p.FormerOfficialCode is null || (Regex.IsMatch(p.FormerOfficialCode, "^[0-9]{2}$") && p.FormerOfficialCode != p.OfficialCode), p.Code);
        });
        var existing = Provinces.Where(p => p.EndedOn is null).ToList();
        Assert.Equal(existing.Count, existing.Select(p => p.OfficialCode).Distinct().Count());
    }

    [Fact]
    public void A_changed_code_is_the_code_of_a_unit_merged_into_it_and_the_old_one_is_not_reused()
    {
        var existing = Provinces.Where(p => p.EndedOn is null).ToList();
        var changed = existing.Where(p => p.FormerOfficialCode is not null).ToList();

        Assert.Equal(["an-giang", "bac-ninh", "dong-thap", "gia-lai", "lao-cai", "quang-tri", "tay-ninh"], changed.Select(p => p.Code).Order());
        Assert.All(changed, p =>
        {
            Assert.Contains(Provinces, m => m.MergedInto == p.Code && m.OfficialCode == p.OfficialCode);
            Assert.DoesNotContain(existing, other => other.OfficialCode == p.FormerOfficialCode);
        });
        Assert.Equal(("24", "27"), (Unit("bac-ninh").OfficialCode, Unit("bac-ninh").FormerOfficialCode));
    }

    [Fact]
    public void Hue_is_Thua_Thien_Hue_renamed_on_1_January_2025()
    {
        var hue = Unit("hue");

        Assert.Equal(("Huế", "Thành phố Huế", "Tỉnh Thừa Thiên Huế"), (hue.Name, hue.FullName, hue.FormerFullName));
        Assert.Equal(new DateOnly(2025, 1, 1), hue.RenamedOn);
        Assert.Null(hue.EndedOn);
        Assert.Contains("175/2024/QH15", hue.Note);
        Assert.Contains("Thừa Thiên Huế", hue.Aliases!);
        Assert.Equal(hue, Assert.Single(Provinces, p => p.RenamedOn is not null));
    }

    [Theory]
    [InlineData("quang-ngai", "Quảng Ngãi")]
    [InlineData("ha-noi", "Hà Nội")]
    [InlineData("ho-chi-minh", "Hồ Chí Minh")]
    [InlineData("ba-ria-vung-tau", "Bà Rịa - Vũng Tàu")]
    [InlineData("dak-lak", "Đắk Lắk")]
    [InlineData("dak-nong", "Đắk Nông")]
    [InlineData("hoa-binh", "Hoà Bình")]
    [InlineData("thanh-hoa", "Thanh Hóa")]
    [InlineData("khanh-hoa", "Khánh Hòa")]
    [InlineData("can-tho", "Cần Thơ")]
    [InlineData("hue", "Huế")]
    public void Known_units_have_their_slug_and_GSO_name(string code, string name) => Assert.Equal(name, Unit(code).Name);

    [Fact]
    public void Codes_are_slugs_of_bare_names_and_full_names_carry_the_type()
    {
        Assert.All(_registry.Jurisdictions, j =>
        {
            Assert.Equal(Slug(j.Name), j.Code);
            Assert.True(j.Name.IsNormalized(NormalizationForm.FormC), j.Code);
            Assert.False(j.Note is null || j.Sources is null || j.Sources.Count == 0, $"{j.Code} has no note or no sources");
        });
        Assert.All(Provinces, p => Assert.True(p.FullName == $"Tỉnh {p.Name}" || p.FullName == $"Thành phố {p.Name}", p.Code));
    }

    [Fact]
    public void No_jurisdiction_is_in_both_files()
    {
        var national = SeedJson.Read<JurisdictionsFile>(Path.Combine(_seed, "jurisdictions.json")).Jurisdictions.Select(j => j.Code);
        var named = SeedJson.Read<AgencyRegistryFile>(Path.Combine(_seed, "agencies.json")).Jurisdictions.Select(j => j.Code);

        Assert.Empty(national.Intersect(named));
        Assert.Equal(_registry.Jurisdictions.Count, _registry.Jurisdictions.Select(j => j.Code).Distinct().Count());
    }

    [Fact]
    public void A_name_or_alias_names_one_unit()
    {
        var names = _registry.Jurisdictions
            .SelectMany(j => new[] { j.Name, j.FullName, j.FormerFullName }.Concat(j.Aliases ?? []).OfType<string>().Select(n => (Key: TextFolding.Fold(n), j.Code)))
            .GroupBy(n => n.Key, n => n.Code)
            .Where(g => g.Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Distinct())}");

        Assert.Empty(names);
    }

    [Fact]
    public void Aliases_carry_the_forms_met_in_text_and_no_bare_initials()
    {
        Assert.All(Provinces, p =>
        {
            var aliases = p.Aliases ?? [];
            Assert.Contains(p.FullName!.StartsWith("Thành phố ", StringComparison.Ordinal) ? $"TP {p.Name}" : $"tỉnh {p.Name}", aliases);
            Assert.All(aliases, a => Assert.DoesNotMatch("^[A-ZĐ]{1,3}$", a));
        });
        Assert.Superset(new HashSet<string>(["TP.HCM", "TPHCM", "TP HCM", "Tp.HCM", "TP. Hồ Chí Minh"]), Unit("ho-chi-minh").Aliases!.ToHashSet());
        Assert.Contains("Thanh Hoá", Unit("thanh-hoa").Aliases!);
        Assert.Contains("Bà Rịa–Vũng Tàu", Unit("ba-ria-vung-tau").Aliases!);
    }

    [Fact]
    public void The_district_level_ends_on_1_July_2025_and_its_bodies_with_it()
    {
        var change = Assert.Single(_registry.LevelChanges ?? []);

        Assert.Equal((JurisdictionLevel.District, _july2025), (change.Level, change.EndedOn));
        var district = Templates.Where(t => t.Level == JurisdictionLevel.District).ToList();
        Assert.Contains(district, t => t.Slug == "ubnd" && t.Kind == AgencyKind.DistrictPeoplesCommittee);
        Assert.All(district, t => Assert.True(t.DissolvedOn == change.EndedOn && t.Successor is null, t.Slug));
        Assert.Equal(_july2025, Template(JurisdictionLevel.Provincial, "ubnd-cac-huyen").DissolvedOn);
    }

    [Fact]
    public void Communes_have_a_peoples_committee_and_a_party_committee()
    {
        Assert.Equal(AgencyKind.PeoplesCommittee, Template(JurisdictionLevel.Commune, "ubnd").Kind);
        Assert.Equal(AgencyKind.PartyCommittee, Template(JurisdictionLevel.Commune, "dang-uy").Kind);
    }

    [Fact]
    public void Templates_are_unique_per_level_and_link_only_inside_it()
    {
        var slugs = Templates.Select(t => (t.Level, t.Slug)).ToHashSet();

        Assert.Equal(Templates.Count, slugs.Count);
        Assert.All(Templates, t =>
        {
            Assert.Equal(Slug(t.Slug), t.Slug);
            Assert.True(t.Parent is null || slugs.Contains((t.Level, t.Parent)), $"{t.Level} {t.Slug}: parent {t.Parent}");
            Assert.True(t.Successor is null || (t.Successor != t.Slug && slugs.Contains((t.Level, t.Successor))), $"{t.Level} {t.Slug}: successor {t.Successor}");
            Assert.True(t.Successor is null || t.DissolvedOn is not null, $"{t.Slug} has a successor but no date");
            var texts = t.Aliases.Append(t.Name).Append(t.ShortName).OfType<string>().ToList();
            Assert.All(texts, s => Assert.True(s.IsNormalized(NormalizationForm.FormC), s));
            Assert.All(texts.SelectMany(s => Placeholder().Matches(s)), m => Assert.Contains(m.Value, new[] { "{place}", "{name}" }));
        });
    }

    [Theory]
    [InlineData("so-tttt", "so-khcn")]
    [InlineData("so-khdt", "so-tai-chinh")]
    [InlineData("so-gtvt", "so-xay-dung")]
    [InlineData("so-nnptnt", "so-nnmt")]
    [InlineData("so-tnmt", "so-nnmt")]
    [InlineData("so-ldtbxh", "so-noi-vu")]
    [InlineData("ban-dan-toc", "so-dttg")]
    public void A_provincial_department_of_before_2025_merged_on_1_March_2025(string slug, string successor)
    {
        var template = Template(JurisdictionLevel.Provincial, slug);

        Assert.Equal((successor, (DateOnly?)_march2025), (template.Successor, template.DissolvedOn));
        Assert.False(string.IsNullOrWhiteSpace(template.Note));
    }

    [Theory]
    [InlineData("STTTT", "so-tttt")]
    [InlineData("SKHCN", "so-khcn")]
    [InlineData("SGDĐT", "so-gddt")]
    [InlineData("STC", "so-tai-chinh")]
    [InlineData("SXD", "so-xay-dung")]
    [InlineData("SNV", "so-noi-vu")]
    [InlineData("STP", "so-tu-phap")]
    [InlineData("SYT", "so-y-te")]
    [InlineData("SCT", "so-cong-thuong")]
    [InlineData("SNNMT", "so-nnmt")]
    [InlineData("SNNPTNT", "so-nnptnt")]
    [InlineData("STNMT", "so-tnmt")]
    [InlineData("SGTVT", "so-gtvt")]
    [InlineData("SLĐTBXH", "so-ldtbxh")]
    [InlineData("SVHTTDL", "so-vhttdl")]
    [InlineData("VPUBND", "van-phong-ubnd")]
    [InlineData("UBND", "ubnd-tinh")]
    [InlineData("Sở TT&TT", "so-tttt")]
    [InlineData("Sở Thông tin & Truyền thông", "so-tttt")]
    [InlineData("UBND tỉnh", "ubnd-tinh")]
    public void A_provincial_issuer_abbreviation_names_one_template(string alias, string slug) =>
        Assert.Equal(slug, Assert.Single(Templates, t => t.Level == JurisdictionLevel.Provincial && Names(t).Contains(TextFolding.Fold(alias))).Slug);

    [Fact]
    public void Within_a_level_a_name_or_alias_names_one_template()
    {
        var clashes = Templates
            .SelectMany(t => Names(t).Select(n => (Key: (t.Level, n), t.Slug)))
            .GroupBy(n => n.Key, n => n.Slug)
            .Where(g => g.Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Distinct())}");

        Assert.Empty(clashes);
    }

    [Fact]
    public void Quang_Ngai_agencies_agree_with_the_templates_of_their_slug()
    {
        string[] slugs = ["ubnd-tinh", "van-phong-ubnd", "bcd-cds", "thanh-vien-bcd-cds", "to-giup-viec-bcd-cds", "so-tttt", "so-khcn", "so-khdt",
            "so-tai-chinh", "so-cong-thuong", "so-gddt", "so-gtvt", "so-xay-dung", "so-y-te", "so-nnptnt", "so-noi-vu", "so-tu-phap", "cong-an-tinh",
            "tinh-uy", "thuong-truc-tinh-uy", "ubnd-cac-huyen", "cac-so-ban-nganh"];

        Assert.All(slugs, slug =>
        {
            var agency = Assert.Single(_registry.Agencies, a => a.Code == $"quang-ngai/{slug}");
            var template = Template(JurisdictionLevel.Provincial, slug);
            Assert.Equal((agency.Kind, agency.IsCollective), (template.Kind, template.IsCollective));
            Assert.True(agency.Successor is null || agency.Successor == $"quang-ngai/{template.Successor}", slug);
            Assert.True(agency.DissolvedOn is null || agency.DissolvedOn == template.DissolvedOn, slug);
            Assert.True(agency.Parent is null || agency.Parent == $"quang-ngai/{template.Parent}", slug);
        });
    }

    [Fact]
    public void Every_successor_or_ending_has_a_source_and_every_source_is_an_address()
    {
        Assert.All(Templates, t => Assert.True((t.Successor is null && t.DissolvedOn is null) || t.Sources is { Count: > 0 }, $"{t.Level} {t.Slug}"));
        Assert.All(_registry.Agencies, a => Assert.True((a.Successor is null && a.DissolvedOn is null) || a.Source is not null, a.Code));
        Assert.All(_registry.Jurisdictions, j => Assert.True(
            (j.EndedOn is null && j.MergedInto is null && j.RenamedOn is null) || j.Sources is { Count: > 0 }, j.Code));
        Assert.All(_registry.LevelChanges ?? [], c => Assert.NotEmpty(c.Sources));

        var sources = Templates.SelectMany(t => t.Sources ?? [])
            .Concat(_registry.Agencies.Select(a => a.Source).OfType<string>())
            .Concat(_registry.Jurisdictions.SelectMany(j => j.Sources ?? []))
            .Concat((_registry.LevelChanges ?? []).SelectMany(c => c.Sources));
        Assert.All(sources, s => Assert.Matches(Address(), s));
    }

    [Fact]
    public void Every_agency_belongs_to_a_registered_jurisdiction()
    {
        var codes = _registry.Jurisdictions.Select(j => j.Code).ToHashSet();

        Assert.All(_registry.Agencies, a =>
        {
            Assert.Contains(a.Jurisdiction, codes);
            Assert.StartsWith(a.Jurisdiction + "/", a.Code, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_codes_registered_before_the_national_registry_are_all_still_there()
    {
        string[] codes = ["quang-ngai/bcd-cds", "quang-ngai/thanh-vien-bcd-cds", "quang-ngai/to-giup-viec-bcd-cds", "quang-ngai/ubnd-tinh",
            "quang-ngai/van-phong-ubnd", "quang-ngai/so-tttt", "quang-ngai/so-khcn", "quang-ngai/so-khdt", "quang-ngai/so-tai-chinh",
            "quang-ngai/so-cong-thuong", "quang-ngai/so-gddt", "quang-ngai/so-gtvt", "quang-ngai/so-xay-dung", "quang-ngai/so-y-te",
            "quang-ngai/so-nnptnt", "quang-ngai/cac-so-ban-nganh", "quang-ngai/ubnd-cac-huyen", "quang-ngai/co-quan-lien-quan",
            "quang-ngai/thuong-truc-tinh-uy", "quang-ngai/tinh-uy", "quang-ngai/vnpt-quang-ngai", "quang-ngai/viettel-quang-ngai",
            "quang-ngai/mobifone-quang-ngai", "quang-ngai/buu-dien-tinh", "quang-ngai/so-noi-vu", "quang-ngai/so-tu-phap", "quang-ngai/cong-an-tinh",
            "viet-nam/tap-doan-vnpt", "viet-nam/ubqg-cds", "viet-nam/bo-tttt", "viet-nam/bo-khcn", "viet-nam/chinh-phu",
            "viet-nam/thu-tuong-chinh-phu", "viet-nam/bo-noi-vu"];

        Assert.Superset(codes.ToHashSet(), _registry.Agencies.Select(a => a.Code).ToHashSet());
    }

    [Fact]
    public void The_Government_has_the_17_ministry_level_bodies_of_NQ_176_and_7_ended_on_1_March_2025()
    {
        var ministries = _registry.Agencies.Where(a => a.Kind == AgencyKind.Ministry && a.Jurisdiction == "viet-nam").ToList();

        Assert.Equal(
            ["bo-cong-an", "bo-cong-thuong", "bo-dttg", "bo-gddt", "bo-khcn", "bo-ngoai-giao", "bo-nnmt", "bo-noi-vu", "bo-quoc-phong", "bo-tai-chinh",
             "bo-tu-phap", "bo-vhttdl", "bo-xay-dung", "bo-y-te", "nhnn", "thanh-tra-chinh-phu", "van-phong-chinh-phu"],
            ministries.Where(m => m.DissolvedOn is null).Select(m => m.Code["viet-nam/".Length..]).Order());
        Assert.Equal(
            ["bo-gtvt", "bo-khdt", "bo-ldtbxh", "bo-nnptnt", "bo-tnmt", "bo-tttt", "ubdt"],
            ministries.Where(m => m.DissolvedOn == _march2025).Select(m => m.Code["viet-nam/".Length..]).Order());
    }

    [Theory]
    [InlineData("bo-khdt", "bo-tai-chinh", "2025-03-01")]
    [InlineData("bo-gtvt", "bo-xay-dung", "2025-03-01")]
    [InlineData("bo-nnptnt", "bo-nnmt", "2025-03-01")]
    [InlineData("bo-tnmt", "bo-nnmt", "2025-03-01")]
    [InlineData("bo-tttt", "bo-khcn", "2025-03-01")]
    [InlineData("bo-ldtbxh", "bo-noi-vu", "2025-03-01")]
    [InlineData("ubdt", "bo-dttg", "2025-03-01")]
    [InlineData("ubqg-cds", "bcd-cp", "2025-03-13")]
    public void A_national_body_ended_in_2025_has_its_successor(string slug, string successor, string on)
    {
        var agency = National(slug);

        Assert.Equal(($"viet-nam/{successor}", (DateOnly?)DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)), (agency.Successor, agency.DissolvedOn));
        Assert.Null(National(successor).DissolvedOn);
    }

    [Theory]
    [InlineData("BTTTT", "bo-tttt")]
    [InlineData("BKHCN", "bo-khcn")]
    [InlineData("BKHĐT", "bo-khdt")]
    [InlineData("BNNPTNT", "bo-nnptnt")]
    [InlineData("BNN", "bo-nnptnt")]
    [InlineData("LĐTBXH", "bo-ldtbxh")]
    [InlineData("BNV", "bo-noi-vu")]
    [InlineData("BTC", "bo-tai-chinh")]
    [InlineData("VPCP", "van-phong-chinh-phu")]
    [InlineData("BCA", "bo-cong-an")]
    [InlineData("BDTTG", "bo-dttg")]
    [InlineData("UBQGCĐS", "ubqg-cds")]
    [InlineData("UBTVQH15", "ubtvqh")]
    [InlineData("BCĐTW", "bcd-tw")]
    [InlineData("BCĐCP", "bcd-cp")]
    [InlineData("TW", "bch-tw")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG", "bch-tw")]
    [InlineData("CĐSQG", "cuc-chuyen-doi-so-quoc-gia")]
    [InlineData("THH", "cuc-tin-hoc-hoa")]
    public void A_national_abbreviation_names_one_body(string alias, string slug) =>
        Assert.Equal($"viet-nam/{slug}", Assert.Single(_registry.Agencies, a => a.Jurisdiction == "viet-nam" && Names(a).Contains(TextFolding.Fold(alias))).Code);

    [Fact]
    public void Within_a_jurisdiction_a_name_or_alias_names_one_agency()
    {
        var clashes = _registry.Agencies
            .SelectMany(a => Names(a).Select(n => (Key: (a.Jurisdiction, n), a.Code)))
            .GroupBy(n => n.Key, n => n.Code)
            .Where(g => g.Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Distinct())}");

        Assert.Empty(clashes);
    }

    [Theory]
    [InlineData("cuc-chuyen-doi-so-quoc-gia", "bo-khcn")]
    [InlineData("cuc-tin-hoc-hoa", "bo-tttt")]
    [InlineData("ubtvqh", "quoc-hoi")]
    [InlineData("bo-chinh-tri", "bch-tw")]
    [InlineData("ban-bi-thu", "bch-tw")]
    [InlineData("van-phong-tw", "bch-tw")]
    public void A_national_unit_sits_under_its_body(string slug, string parent) => Assert.Equal($"viet-nam/{parent}", National(slug).Parent);

    [Fact]
    public void The_two_2025_steering_committees_are_registered()
    {
        Assert.Equal(AgencyKind.SteeringCommittee, National("bcd-tw").Kind);
        Assert.Equal(AgencyKind.SteeringCommittee, National("bcd-cp").Kind);
        Assert.Equal(
            "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06",
            National("bcd-cp").Name);
    }

    // code_before,name_before,kind_before,name_after,code_after,effective,source: no name holds a comma, the sources may.
    private static IEnumerable<string[]> Csv() => File.ReadLines(_csv).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',', 7));

    private static JurisdictionEntry Unit(string code) => Assert.Single(_registry.Jurisdictions, j => j.Code == code);

    private static AgencyTemplate Template(JurisdictionLevel level, string slug) => Assert.Single(Templates, t => t.Level == level && t.Slug == slug);

    private static AgencyEntry National(string slug) => Assert.Single(_registry.Agencies, a => a.Code == $"viet-nam/{slug}");

    private static HashSet<string> Names(AgencyTemplate t) => [.. t.Aliases.Append(t.Name).Append(t.ShortName).OfType<string>().Select(TextFolding.Fold)];

    private static HashSet<string> Names(AgencyEntry a) => [.. a.Aliases.Append(a.Name).Append(a.ShortName).OfType<string>().Select(TextFolding.Fold)];

    // The registry's slug rule, written out here so that a change to the importer's copy cannot pass unnoticed.
    private static string Slug(string text) => NonSlug().Replace(TextFolding.Fold(text), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    // A URL, or "github:owner/repo[@tag] path" as the reference CSV writes it; never a key such as "[S-60]".
    [GeneratedRegex(@"^(https?://\S+|github:[\w.-]+/[\w.-]+(@[\w.-]+)? \S+)$")]
    private static partial Regex Address();
}
