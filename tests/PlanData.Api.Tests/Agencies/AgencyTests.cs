using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Agencies;

[Collection(ApiCollection.Name)]
public sealed class AgencyTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("quang-ngai/so-tttt", "quang-ngai/so-khcn", "2025-03-01")]
    [InlineData("quang-ngai/so-khdt", "quang-ngai/so-tai-chinh", "2025-03-01")]
    [InlineData("quang-ngai/so-gtvt", "quang-ngai/so-xay-dung", "2025-03-01")]
    [InlineData("viet-nam/bo-tttt", "viet-nam/bo-khcn", "2025-03-01")]
    [InlineData("quang-ngai/so-y-te", "quang-ngai/so-y-te", null)]
    public async Task The_2025_reorganisation_is_followed_to_todays_agency(string code, string current, string? dissolvedOn)
    {
        var data = await api.CreateGraphQLClient().DataAsync(
            "query($code: String) { agency(code: $code) { dissolvedOn successor { code } currentSuccessor { code } } }", new { code });

        var agency = data["agency"]!;
        Assert.Equal(dissolvedOn, (string?)agency["dissolvedOn"]);
        Assert.Equal(current, (string?)agency["currentSuccessor"]!["code"]);
        Assert.Equal(dissolvedOn is null ? null : current, (string?)agency["successor"]?["code"]);
    }

    [Theory]
    [InlineData("quang-ngai/so-tttt")]
    [InlineData("Quang-Ngai/So-TTTT")]
    [InlineData(" quảng-ngãi/sở-tttt ")]
    public async Task Agency_code_lookup_ignores_case_spacing_and_diacritics(string code)
    {
        var data = await api.CreateGraphQLClient().DataAsync("query($code: String) { agency(code: $code) { code } }", new { code });

        Assert.Equal("quang-ngai/so-tttt", (string?)data["agency"]!["code"]);
    }

    [Fact]
    public async Task District_committees_were_dissolved_without_a_successor()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { agency(code: "quang-ngai/ubnd-cac-huyen") { name isCollective kind dissolvedOn successor { code } currentSuccessor { code } } }
            """);

        var agency = data["agency"]!;
        Assert.True((bool)agency["isCollective"]!);
        Assert.Equal("DISTRICT_PEOPLES_COMMITTEE", (string?)agency["kind"]);
        Assert.Equal("2025-07-01", (string?)agency["dissolvedOn"]);
        Assert.Null(agency["successor"]);
        Assert.Equal("quang-ngai/ubnd-cac-huyen", (string?)agency["currentSuccessor"]!["code"]);
    }

    [Fact]
    public async Task Aliases_keep_the_spellings_met_in_the_document()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""{ agency(code: "quang-ngai/thanh-vien-bcd-cds") { aliases parent { code } jurisdiction { code name level } } }""");

        var agency = data["agency"]!;
        Assert.Contains("Thành viên BCD CDS tỉnh Quảng Ngãi", agency["aliases"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("quang-ngai/bcd-cds", (string?)agency["parent"]!["code"]);
        Assert.Equal("Quảng Ngãi", (string?)agency["jurisdiction"]!["name"]);
    }
}
