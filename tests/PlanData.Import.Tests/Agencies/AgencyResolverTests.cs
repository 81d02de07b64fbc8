using PlanData.Agencies;
using PlanData.Import.Agencies;
using PlanData.Import.Tests.Oracle;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Agencies;

public sealed class AgencyResolverTests
{
    private readonly AgencyResolver _resolver = new(Repository.Registry, "quang-ngai");

    [Fact]
    public void The_seed_item_3_list_names_ten_agencies_in_order()
    {
        var mentions = _resolver.ReadList("Văn phòng UBND tỉnh, các sở: Kế hoạch và Đầu tư, Tài chính, Công Thương, Giáo dục và Đào tạo, Giao thông Vận tải, Xây dựng, Y tế, Nông nghiệp và Phát triển nông thôn; VNPT Quảng Ngãi.");

        Assert.Equal(
            [
                "quang-ngai/van-phong-ubnd",
                "quang-ngai/so-khdt",
                "quang-ngai/so-tai-chinh",
                "quang-ngai/so-cong-thuong",
                "quang-ngai/so-gddt",
                "quang-ngai/so-gtvt",
                "quang-ngai/so-xay-dung",
                "quang-ngai/so-y-te",
                "quang-ngai/so-nnptnt",
                "quang-ngai/vnpt-quang-ngai",
            ],
            mentions.Select(m => m.Agency.Code));
        Assert.All(mentions, m => Assert.False(m.IsNew));
        Assert.Empty(_resolver.Created);
    }

    [Fact]
    public void Cac_so_distributes_So_over_the_names_after_it_until_the_semicolon()
    {
        var mentions = _resolver.ReadList("Văn phòng UBND tỉnh, các sở: Kế hoạch và Đầu tư, Tài chính, Y tế; VNPT Quảng Ngãi.");

        Assert.Equal(
            ["Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Y tế", "VNPT Quảng Ngãi"],
            mentions.Select(m => m.Printed));
    }

    [Fact]
    public void A_bare_name_after_the_semicolon_is_not_given_So()
    {
        var mentions = _resolver.ReadList("các sở: Tài chính, Y tế; Xây dựng");

        Assert.Equal(["quang-ngai/so-tai-chinh", "quang-ngai/so-y-te", "quang-ngai/xay-dung"], mentions.Select(m => m.Agency.Code));
        Assert.True(mentions[2].IsNew);
    }

    [Theory]
    [InlineData("SỞ Y TẾ")]
    [InlineData("sở y tế")]
    [InlineData("So Y te")]
    [InlineData("Sở  Y   tế")]
    [InlineData(" Sở Y tế. ")]
    public void Names_are_compared_folded(string name) =>
        Assert.Equal("quang-ngai/so-y-te", Assert.Single(_resolver.ReadList(name)).Agency.Code);

    [Theory]
    [InlineData("Sở Giao duc va Dao tao")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO")]
    [InlineData("Sở GD&ĐT")]
    [InlineData("Sở GDĐT")]
    [InlineData("SGDDT")]
    public void D_with_stroke_folds_to_d(string name) =>
        Assert.Equal("quang-ngai/so-gddt", Assert.Single(_resolver.ReadList(name)).Agency.Code);

    [Theory]
    [InlineData("Sở TT&TT")]
    [InlineData("Sở TTTT")]
    [InlineData("sở tt&tt")]
    [InlineData("Sở TT & TT")]
    [InlineData("STTTT")]
    public void An_ampersand_is_left_out_of_the_comparison(string name) =>
        Assert.Equal("quang-ngai/so-tttt", Assert.Single(_resolver.ReadList(name)).Agency.Code);

    [Theory]
    [InlineData("Thành viên BCD CDS tỉnh Quảng Ngãi")]
    [InlineData("Thành viên BCĐ CĐS tỉnh Quảng Ngãi")]
    [InlineData("Thành viên Ban Chỉ đạo")]
    [InlineData("thành viên ban chỉ đạo")]
    public void The_steering_committee_members_are_one_agency_however_abbreviated(string name) =>
        Assert.Equal("quang-ngai/thanh-vien-bcd-cds", Assert.Single(_resolver.ReadList(name)).Agency.Code);

    [Theory]
    [InlineData("Các sở, ban, ngành là thành viên Ban Chỉ đạo", "quang-ngai/thanh-vien-bcd-cds")]
    [InlineData("các sở, ban ngành là thành viên Ban Chỉ đạo", "quang-ngai/thanh-vien-bcd-cds")]
    [InlineData("Các sở, ban, ngành", "quang-ngai/cac-so-ban-nganh")]
    [InlineData("Các sở, ban, ngành tỉnh", "quang-ngai/cac-so-ban-nganh")]
    [InlineData("Tổ giúp việc Ban Chỉ đạo", "quang-ngai/to-giup-viec-bcd-cds")]
    [InlineData("Ban Chỉ đạo", "quang-ngai/bcd-cds")]
    [InlineData("Sở Thông tin và Truyền thông tỉnh Quảng Ngãi", "quang-ngai/so-tttt")]
    public void The_longest_known_name_wins(string name, string code) =>
        Assert.Equal(code, Assert.Single(_resolver.ReadList(name)).Agency.Code);

    [Theory]
    [InlineData("Các sở, ban ngành, UBND các huyện, thị xã, thành phố có thành viên tham gia Đội ứng cứu sự cố an toàn thông tin mạng theo Quyết định số 1439/QĐ-UBND ngày 16/9/2021.", "quang-ngai/cac-so-ban-nganh|quang-ngai/ubnd-cac-huyen")]
    [InlineData("Sở Thông tin và Truyền thông - Cơ quan thường trực Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi", "quang-ngai/so-tttt")]
    [InlineData("VPUB: CVP, PCVP, KTTH, CBTH", "quang-ngai/van-phong-ubnd")]
    [InlineData("Văn phòng UBND tỉnh; các thành viên Ban Chỉ đạo có liên quan.", "quang-ngai/van-phong-ubnd|quang-ngai/thanh-vien-bcd-cds")]
    [InlineData("Sở Nội vụ (Cơ quan thường trực); Sở Tư pháp", "quang-ngai/so-noi-vu|quang-ngai/so-tu-phap")]
    public void Qualifiers_after_a_name_are_not_agencies(string text, string codes)
    {
        Assert.Equal(codes.Split('|'), _resolver.ReadList(text).Select(m => m.Agency.Code));
        Assert.Empty(_resolver.Created);
    }

    [Theory]
    [InlineData("- Văn phòng UBND tỉnh; - Sở Tài chính.")]
    [InlineData("+ Văn phòng UBND tỉnh, + Sở Tài chính")]
    [InlineData("• Văn phòng UBND tỉnh; • Sở Tài chính")]
    public void A_list_marker_opening_an_entry_is_no_part_of_the_name(string text)
    {
        Assert.Equal(["quang-ngai/van-phong-ubnd", "quang-ngai/so-tai-chinh"], _resolver.ReadList(text).Select(m => m.Agency.Code));
        Assert.Empty(_resolver.Created);
    }

    [Theory]
    [InlineData("Văn phòng UBND tỉnh Sở Tài chính", "quang-ngai/van-phong-ubnd|quang-ngai/so-tai-chinh")]
    [InlineData("Sở Tư pháp UBND các huyện, thị xã, thành phố", "quang-ngai/so-tu-phap|quang-ngai/ubnd-cac-huyen")]
    [InlineData("Sở Thông tin và Truyền thông (Cơ quan Thường trực Ban Chỉ đạo)", "quang-ngai/so-tttt")]
    [InlineData("Sở Nội vụ (Cơ quan Thường trực Ban Chỉ đạo)", "quang-ngai/so-noi-vu")]
    [InlineData("Sở Nội vụ - Cơ quan Thường trực Ban Chỉ đạo", "quang-ngai/so-noi-vu")]
    public void A_known_name_right_after_a_name_is_the_next_entry_unless_set_off_as_a_qualifier(string text, string codes)
    {
        Assert.Equal(codes.Split('|'), _resolver.ReadList(text).Select(m => m.Agency.Code));
        Assert.Empty(_resolver.Created);
    }

    [Theory]
    [InlineData("các sở, ngành: Tài chính, Y tế")]
    [InlineData("Các sở ngành: Tài chính, Y tế")]
    [InlineData("các Sở: Tài chính, Y tế")]
    public void Every_form_of_cac_so_distributes_So(string text)
    {
        Assert.Equal(["quang-ngai/so-tai-chinh", "quang-ngai/so-y-te"], _resolver.ReadList(text).Select(m => m.Agency.Code));
        Assert.Empty(_resolver.Created);
    }

    [Fact]
    public void An_unknown_name_becomes_a_new_agency_of_the_jurisdiction()
    {
        var mention = Assert.Single(_resolver.ReadList("Trung tâm Phục vụ hành chính công tỉnh."));

        Assert.True(mention.IsNew);
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh", mention.Printed);
        Assert.Equal("quang-ngai/trung-tam-phuc-vu-hanh-chinh-cong-tinh", mention.Agency.Code);
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh", mention.Agency.Name);
        Assert.Equal(AgencyKind.Other, mention.Agency.Kind);
        Assert.Equal("quang-ngai", mention.Agency.Jurisdiction);
        Assert.Equal([mention.Agency], _resolver.Created);
    }

    [Fact]
    public void An_unknown_name_met_twice_is_created_once()
    {
        var first = _resolver.ReadList("Trung tâm Phục vụ hành chính công tỉnh, Sở Tư pháp");
        var second = _resolver.ReadList("Công an tỉnh, trung tâm phục vụ hành chính công tỉnh");

        Assert.Same(first[0].Agency, second[1].Agency);
        Assert.Equal("quang-ngai/trung-tam-phuc-vu-hanh-chinh-cong-tinh", Assert.Single(_resolver.Created).Code);
    }

    [Fact]
    public void A_new_agency_never_takes_a_code_already_in_use()
    {
        var mention = Assert.Single(_resolver.ReadList("Sở - Tài chính"));

        Assert.True(mention.IsNew);
        Assert.Equal("quang-ngai/so-tai-chinh-2", mention.Agency.Code);
        Assert.Equal("quang-ngai/so-tai-chinh-3", Assert.Single(_resolver.ReadList("Sở Tài - chính")).Agency.Code);
    }

    [Fact]
    public void An_unknown_name_starting_in_lower_case_is_named_with_a_capital()
    {
        var mention = Assert.Single(_resolver.ReadList("các hội"));

        Assert.Equal("Các hội", mention.Agency.Name);
        Assert.Equal("quang-ngai/cac-hoi", mention.Agency.Code);
    }

    [Fact]
    public void An_unknown_collective_named_with_cac_goes_on_over_the_lower_case_words_after_its_comma()
    {
        var mentions = _resolver.ReadList("Bộ Công an, Bộ Thông tin và Truyền thông và các bộ, ngành");

        Assert.Equal(["viet-nam/bo-cong-an", "viet-nam/bo-tttt", "quang-ngai/cac-bo-nganh"], mentions.Select(m => m.Agency.Code));
        var collective = mentions[2];
        Assert.Equal(("Các bộ, ngành", "các bộ, ngành", true, true), (collective.Agency.Name, collective.Printed, collective.Agency.IsCollective, collective.IsNew));
    }

    [Fact]
    public void A_collective_reads_the_same_after_its_words_were_made_into_agencies_of_their_own()
    {
        var fresh = new AgencyResolver(Repository.Registry, "quang-ngai").ReadList("các bộ, ngành và địa phương").Select(m => m.Agency.Code).ToList();
        Assert.Equal(["quang-ngai/bo", "quang-ngai/nganh"], _resolver.ReadList("Bộ, ngành").Select(m => m.Agency.Code));

        Assert.Equal(["quang-ngai/cac-bo-nganh-va-dia-phuong"], fresh);
        Assert.Equal(fresh, _resolver.ReadList("các bộ, ngành và địa phương").Select(m => m.Agency.Code));
    }

    [Fact]
    public void A_collective_ends_at_a_capital_or_a_known_name()
    {
        Assert.Equal(
            ["quang-ngai/cac-doan-the", "quang-ngai/so-tai-chinh", "quang-ngai/vtv"],
            _resolver.ReadList("các đoàn thể, Sở Tài chính, VTV").Select(m => m.Agency.Code));
        // Only a name opening with "các" is a group that goes on over a comma.
        Assert.Equal(["quang-ngai/hoi-nong-dan", "quang-ngai/hoi-vien"], _resolver.ReadList("Hội Nông dân, hội viên").Select(m => m.Agency.Code));
    }

    [Theory]
    [InlineData("Sở Giáo dục và Đào tạo", "quang-ngai/so-gddt")]
    [InlineData("Sở Nông nghiệp và Phát triển nông thôn", "quang-ngai/so-nnptnt")]
    [InlineData("Bộ Thông tin và Truyền thông", "viet-nam/bo-tttt")]
    public void A_known_name_with_va_inside_is_not_split(string name, string code) =>
        Assert.Equal(code, Assert.Single(_resolver.ReadList(name)).Agency.Code);

    [Fact]
    public void An_unknown_name_with_va_inside_is_not_split()
    {
        var mention = Assert.Single(_resolver.ReadList("Sở Văn hóa và Thể thao"));

        Assert.Equal("quang-ngai/so-van-hoa-va-the-thao", mention.Agency.Code);
    }

    [Fact]
    public void Va_before_a_known_name_separates_two_agencies() =>
        Assert.Equal(
            ["quang-ngai/thanh-vien-bcd-cds", "quang-ngai/ubnd-cac-huyen"],
            _resolver.ReadList("Các thành viên Ban Chỉ đạo và các địa phương chịu trách nhiệm").Select(m => m.Agency.Code));

    [Fact]
    public void ReadLeading_on_the_seed_closing_sentence_gives_two_agencies_and_the_duty()
    {
        var reading = _resolver.ReadLeading("các thành viên Ban Chỉ đạo, Thủ trưởng các cơ quan, đơn vị, tổ chức, cá nhân có liên quan tổ chức triển khai thực hiện Kế hoạch này đạt kết quả./.");

        Assert.Equal(["quang-ngai/thanh-vien-bcd-cds", "quang-ngai/co-quan-lien-quan"], reading.Agencies.Select(m => m.Agency.Code));
        Assert.Equal("tổ chức triển khai thực hiện Kế hoạch này đạt kết quả./.", reading.Remainder);
        Assert.Empty(_resolver.Created);
    }

    [Fact]
    public void ReadLeading_stops_at_the_first_unknown_word_and_creates_nothing()
    {
        var reading = _resolver.ReadLeading("Hội Nông dân tỉnh, Sở Y tế phối hợp thực hiện.");

        Assert.Empty(reading.Agencies);
        Assert.Equal("Hội Nông dân tỉnh, Sở Y tế phối hợp thực hiện.", reading.Remainder);
        Assert.Empty(_resolver.Created);
    }

    [Fact]
    public void ReadLeading_keeps_the_remainder_whole_when_the_text_has_leading_spaces()
    {
        var reading = _resolver.ReadLeading("  Sở Y tế chủ trì thực hiện.");

        Assert.Equal("quang-ngai/so-y-te", Assert.Single(reading.Agencies).Agency.Code);
        Assert.Equal("chủ trì thực hiện.", reading.Remainder);
    }

    [Fact]
    public void ReadLeading_of_a_list_that_is_all_agencies_leaves_nothing() =>
        Assert.Equal("", _resolver.ReadLeading("Sở Nội vụ, Sở Tư pháp.").Remainder);

    [Fact]
    public void Find_knows_names_and_aliases_exactly_and_creates_nothing()
    {
        Assert.Equal("quang-ngai/ubnd-tinh", _resolver.Find("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")?.Code);
        Assert.Equal("quang-ngai/so-khcn", _resolver.Find("SKHCN")?.Code);
        Assert.Null(_resolver.Find("Sở Y tế phối hợp"));
        Assert.Empty(_resolver.Created);
    }

    [Fact]
    public void A_new_agency_takes_the_documents_jurisdiction()
    {
        var resolver = new AgencyResolver(Repository.Registry, "viet-nam");

        var mention = Assert.Single(resolver.ReadList("Cục Chuyển đổi số quốc gia"));

        Assert.Equal(("viet-nam/cuc-chuyen-doi-so-quoc-gia", "viet-nam"), (mention.Agency.Code, mention.Agency.Jurisdiction));
    }

    [Theory]
    [InlineData("quang-ngai", "quang-ngai/so-y-te")]
    [InlineData("kon-tum", "kon-tum/so-y-te")]
    [InlineData("viet-nam", "quang-ngai/so-y-te")]
    public void A_name_known_in_two_jurisdictions_resolves_to_the_documents_own_first(string jurisdiction, string code)
    {
        AgencyEntry Health(string place) => new($"{place}/so-y-te", "Sở Y tế", null, [], AgencyKind.ProvincialDepartment, place, false, null, null, null, null);
        var registry = new AgencyRegistryFile([], [Health("quang-ngai"), Health("kon-tum")]);

        Assert.Equal(code, Assert.Single(new AgencyResolver(registry, jurisdiction).ReadList("Sở Y tế")).Agency.Code);
    }

    [Fact]
    public void The_peoples_committee_is_the_jurisdictions_own() =>
        Assert.Equal("quang-ngai/ubnd-tinh", _resolver.PeoplesCommittee()?.Code);
}
