using System.Text.Json.Nodes;

namespace PlanData.Api.Tests.Indicators;

/// <summary>What an indicator read from a table holds beyond a sentence's (upper value, scope, target text, monitoring agencies): served, filtered and sorted like any field.</summary>
public sealed class IndicatorTableQueryTests(IndicatorTableApiFactory api) : IClassFixture<IndicatorTableApiFactory>
{
    [Fact]
    public async Task A_table_row_is_served_with_its_target_text_and_the_agencies_that_monitor_it()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { indicators(where: { code: { eq: "phu-luc-i-29" } }) {
                nodes { code name comparator targetValue upperValue scope unit year targetText sourceText planItem { number } plan { number }
                        monitoredBy { code name isCollective } } } }
            """);

        var indicator = Assert.Single(data["indicators"]!["nodes"]!.AsArray())!;
        Assert.Equal(
            """{"code":"phu-luc-i-29","name":"Hình thành các Trung tâm dữ liệu quốc gia","comparator":"AT_LEAST","targetValue":3,"upperValue":null,"scope":null,"unit":"Trung tâm dữ liệu quốc gia","year":2030,"targetText":"≥ 03","sourceText":"29 | Hình thành các Trung tâm dữ liệu quốc gia | Trung tâm dữ liệu quốc gia | ≥ 03 | Bộ Công an, Bộ Thông tin và Truyền thông và các bộ, ngành","planItem":null,"plan":{"number":"03/NQ-CP"},"monitoredBy":[{"code":"viet-nam/bo-cong-an","name":"Bộ Công an","isCollective":false},{"code":"viet-nam/bo-tttt","name":"Bộ Thông tin và Truyền thông","isCollective":false},{"code":"viet-nam/cac-bo-nganh","name":"Các bộ, ngành","isCollective":true}]}""",
            indicator.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Theory]
    [InlineData("""where: { upperValue: { neq: null } }, order: [{ upperValue: DESC }, { targetValue: ASC }]""", "phu-luc-i-41 20..50|phu-luc-i-19 40..50|phu-luc-i-21 16..18|phu-luc-i-22 8..10")]
    [InlineData("""where: { scope: { ieq: "THE GIOI" } }""", "phu-luc-i-4-the-gioi 50|phu-luc-i-5-the-gioi 50")]
    [InlineData("""where: { targetText: { icontains: "tang dan" } }""", "phu-luc-i-17 3")]
    [InlineData("""where: { monitoredBy: { some: { isCollective: { eq: true } } } }""", "phu-luc-i-29 3")]
    [InlineData("""where: { year: { eq: 2045 }, monitoredBy: { none: { code: { eq: "viet-nam/bo-tttt" } } } }""", "phu-luc-i-37 30|phu-luc-i-40 5|phu-luc-i-41 20..50")]
    public async Task The_new_fields_filter_and_sort_in_sql(string arguments, string expected)
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ indicators(first: 100, {{arguments}}) { nodes { code targetValue upperValue } } }""");

        Assert.Equal(expected.Split('|'), data["indicators"]!["nodes"]!.AsArray().Select(Show));
    }

    private static string Show(JsonNode? node) =>
        $"{(string?)node!["code"]} {(double)node["targetValue"]!}{((double?)node["upperValue"] is { } upper ? $"..{upper}" : "")}";
}
