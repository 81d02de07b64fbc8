using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>Nested object filters, list filters (all / none / some / any), computed fields and and/or at several depths.</summary>
[Collection(ApiCollection.Name)]
public sealed class ObjectAndListFilterTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("schedule: { kind: { eq: QUARTER } }", new[] { 3, 9 })]
    [InlineData("schedule: { kind: { eq: MONTH }, end: { gt: \"2022-03-01\" } }", new[] { 4, 8 })]
    [InlineData("leadAgency: { code: { eq: \"quang-ngai/so-tttt\" } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("leadAgency: { code: { eq: \"quang-ngai/so-khcn\" } }", new int[] { })]
    [InlineData("leadAgency: { name: { icontains: \"thong tin va truyen thong\" }, kind: { eq: PROVINCIAL_DEPARTMENT } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("leadAgency: { jurisdiction: { code: { eq: \"viet-nam\" } } }", new int[] { })]
    [InlineData("leadAgency: { parent: { code: { eq: \"quang-ngai/ubnd-tinh\" } } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("plan: { number: { eq: \"04/KH-BCĐ\" } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("plan: { number: { eq: \"05/KH-BCĐ\" } }", new int[] { })]
    [InlineData("plan: { signer: { name: { ieq: \"dang van minh\" } } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("plan: { issuer: { code: { eq: \"quang-ngai/bcd-cds\" } }, year: { eq: 2021 } }", new int[] { })]
    public async Task Nested_objects_filter_through_their_fields(string where, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ {where} }}"));

    [Theory]
    [InlineData("some: { agency: { name: { eq: \"Sở Y tế\" } } }", new[] { 3 })]
    [InlineData("some: { agency: { name: { eq: \"Sở y tế\" } } }", new int[] { })]
    [InlineData("some: { role: { eq: PARTICIPANT } }", new[] { 5 })]
    [InlineData("some: { agency: { code: { eq: \"viet-nam/tap-doan-vnpt\" } }, role: { eq: COORDINATING } }", new[] { 9 })]
    [InlineData("some: { label: { eq: \"Chủ trì tham mưu\" } }", new[] { 11 })]
    [InlineData("all: { role: { in: [LEAD, COORDINATING] } }", new[] { 1, 2, 7 })]
    [InlineData("all: { agency: { jurisdiction: { code: { eq: \"quang-ngai\" } } } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 10, 11 })]
    [InlineData("none: { agency: { code: { eq: \"quang-ngai/thanh-vien-bcd-cds\" } } }", new[] { 3, 6, 7, 9 })]
    [InlineData("none: { role: { neq: PARTICIPANT } }", new int[] { })]
    [InlineData("any: true", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("any: false", new int[] { })]
    [InlineData("some: { role: { eq: COORDINATING } }, none: { agency: { isCollective: { eq: true } } }", new[] { 3 })]
    public async Task Assignments_list(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ assignments: {{ {operations} }} }}"));

    [Theory]
    [InlineData("any: true", new[] { 11 })]
    [InlineData("any: false", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("some: { text: { icontains: \"do thi thong minh\" } }", new[] { 11 })]
    [InlineData("all: { number: { lte: 7 } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("all: { number: { lte: 6 } }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })]
    [InlineData("some: { indicators: { some: { comparator: { eq: MORE_THAN } } } }", new[] { 11 })]
    public async Task Tasks_list_including_empty_lists(string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ tasks: {{ {operations} }} }}"));

    [Theory]
    [InlineData("some: { ieq: \"stttt\" }", new[] { "quang-ngai/so-tttt" })]
    [InlineData("some: { ieq: \"  STTTT \" }", new[] { "quang-ngai/so-tttt" })]
    [InlineData("some: { ieq: \"sttt t\" }", new string[] { })]
    [InlineData("some: { ieq: \"so tttt\" }", new[] { "quang-ngai/so-tttt" })]
    [InlineData("some: { eq: \"Sở TTTT\" }", new[] { "quang-ngai/so-tttt" })]
    [InlineData("some: { eq: \"sở tttt\" }", new string[] { })]
    [InlineData("some: { contains: \"TT&TT\" }", new[] { "quang-ngai/so-tttt" })]
    [InlineData("some: { startsWith: \"sở\" }", new string[] { })]
    [InlineData("some: { in: [\"SKHCN\", \"STC\"] }", new[] { "quang-ngai/so-khcn", "quang-ngai/so-tai-chinh" })]
    [InlineData("some: { iin: [\"skhcn\", \"stc\"] }", new[] { "quang-ngai/so-khcn", "quang-ngai/so-tai-chinh" })]
    [InlineData("some: { or: [{ ieq: \"stttt\" }, { ieq: \"skhcn\" }] }", new[] { "quang-ngai/so-khcn", "quang-ngai/so-tttt" })]
    [InlineData("some: { and: [{ icontains: \"tt&tt\" }, { iendsWith: \"quang ngai\" }] }", new[] { "quang-ngai/so-tttt" })]
    [InlineData("some: { or: [{ eq: \"STTTT\" }, { eq: \"SKHCN\" }] }", new[] { "quang-ngai/so-khcn", "quang-ngai/so-tttt" })]
    [InlineData("all: { icontains: \"quang ngai\" }", new[] { "quang-ngai/mobifone-quang-ngai", "quang-ngai/viettel-quang-ngai", "quang-ngai/vnpt-quang-ngai", "viet-nam/bo-chinh-tri" })]
    [InlineData("none: { icontains: \"tinh\" }, some: { startsWith: \"Bộ\" }", new[] { "viet-nam/bo-cong-an", "viet-nam/bo-cong-thuong", "viet-nam/bo-dttg", "viet-nam/bo-gddt", "viet-nam/bo-gtvt", "viet-nam/bo-khcn", "viet-nam/bo-khdt", "viet-nam/bo-ldtbxh", "viet-nam/bo-nnmt", "viet-nam/bo-nnptnt", "viet-nam/bo-tnmt", "viet-nam/bo-tttt", "viet-nam/bo-vhttdl" })]
    [InlineData("none: { icontains: \"tinh\" }, some: { startsWith: \"bộ\" }", new string[] { })]
    [InlineData("any: false", new[] { "viet-nam/bo-chinh-tri" })]
    public async Task Aliases_string_list(string operations, string[] expected) =>
        Assert.Equal(SeedQueries.Codes(expected), await api.CreateGraphQLClient().AgenciesAsync($"where: {{ aliases: {{ {operations} }} }}"));

    [Fact]
    public async Task Mixing_folded_and_ordinal_operations_on_one_string_of_a_list_is_refused()
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync("agencies", """{ agencies(where: { aliases: { some: { icontains: "tt&tt", startsWith: "Sở" } } }) { nodes { code } } }""");

        Assert.Equal("FILTER_NOT_SUPPORTED", (string?)error["extensions"]!["code"]);
        Assert.Contains("`some`", (string?)error["message"]);
    }

    [Theory]
    [InlineData("some: { contains: \"119/KH-UBND\" }", new[] { "04/KH-BCĐ" })]
    [InlineData("some: { contains: \"119/kh-ubnd\" }", new string[] { })]
    [InlineData("all: { icontains: \"quang ngai\" }", new[] { "04/KH-BCĐ" })]
    [InlineData("none: { icontains: \"quang ngai\" }", new string[] { })]
    [InlineData("any: true", new[] { "04/KH-BCĐ" })]
    public async Task Purposes_string_list(string operations, string[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().PlansAsync($"where: {{ purposes: {{ {operations} }} }}"));

    [Theory]
    [InlineData("IN_PROGRESS", new[] { 3, 10 })]
    [InlineData("COMPLETED", new[] { 1, 2 })]
    [InlineData("NOT_STARTED", new[] { 4, 8, 9 })]
    [InlineData("ONGOING", new[] { 7, 11 })]
    [InlineData("UNSCHEDULED", new[] { 5, 6 })]
    [InlineData("PAST_DUE", new int[] { })]
    public async Task Status_is_computed_in_sql_against_as_of(string status, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"asOf: \"2022-03-10\", where: {{ status: {{ eq: {status} }} }}"));

    [Theory]
    [InlineData("2022-05-01", "eq: PAST_DUE", new[] { 3, 8, 10 })]
    [InlineData("2022-05-01", "in: [NOT_STARTED, IN_PROGRESS]", new[] { 4, 9 })]
    [InlineData("2023-01-01", "nin: [COMPLETED, ONGOING, UNSCHEDULED]", new[] { 3, 4, 8, 9, 10 })]
    [InlineData("2022-01-01", "neq: NOT_STARTED", new[] { 1, 2, 3, 5, 6, 7, 11 })]
    public async Task Status_changes_with_as_of(string asOf, string operations, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"asOf: \"{asOf}\", where: {{ status: {{ {operations} }} }}"));

    [Fact]
    public async Task Status_of_a_nested_list_uses_the_enclosing_as_of()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { plans { nodes { items(first: 20, asOf: "2022-03-10", where: { status: { eq: IN_PROGRESS } }) { nodes { number status } } } } }
            """);

        var items = data["plans"]!["nodes"]![0]!["items"]!["nodes"]!.AsArray();
        Assert.Equal([3, 10], items.Select(n => (int)n!["number"]!));
        Assert.All(items, n => Assert.Equal("IN_PROGRESS", (string?)n!["status"]));
    }

    [Theory]
    [InlineData("quang-ngai/so-khcn", new[] { "quang-ngai/so-khcn", "quang-ngai/so-tttt" })]
    [InlineData("quang-ngai/so-xay-dung", new[] { "quang-ngai/so-gtvt", "quang-ngai/so-xay-dung" })]
    [InlineData("viet-nam/bo-khcn", new[] { "viet-nam/bo-khcn", "viet-nam/bo-tttt" })]
    [InlineData("quang-ngai/so-tttt", new string[] { })]
    [InlineData("quang-ngai/ubnd-cac-huyen", new[] { "quang-ngai/ubnd-cac-huyen" })]
    public async Task Current_successor_follows_successor_links_in_sql(string code, string[] expected) =>
        Assert.Equal(SeedQueries.Codes(expected), await api.CreateGraphQLClient().AgenciesAsync("where: { currentSuccessor: { code: { eq: $code } } }", new { code }, "$code: String"));

    [Fact]
    public async Task Current_successor_fields_combine_with_the_agency_s_own()
    {
        var codes = await api.CreateGraphQLClient().AgenciesAsync("""where: { dissolvedOn: { neq: null }, currentSuccessor: { name: { istartsWith: "so" } } }""");

        Assert.Equal(SeedQueries.Codes("quang-ngai/so-gtvt", "quang-ngai/so-khdt", "quang-ngai/so-tttt"), codes);
    }

    [Theory]
    [InlineData(
        """or: [{ and: [{ schedule: { kind: { eq: MONTH } } }, { completedAtIssue: { eq: false } }] }, { schedule: { or: [{ kind: { eq: QUARTER } }, { end: { eq: null } }] } }]""",
        new[] { 3, 4, 5, 6, 7, 8, 9, 11 })]
    [InlineData(
        """and: [{ or: [{ number: { lt: 3 } }, { number: { gt: 9 } }] }, { or: [{ completedAtIssue: { eq: true } }, { schedule: { kind: { eq: RECURRING } } }] }]""",
        new[] { 1, 2, 11 })]
    [InlineData(
        """assignments: { some: { or: [{ role: { eq: PARTICIPANT } }, { and: [{ role: { eq: LEAD } }, { item: { schedule: { kind: { eq: RECURRING } } } }] }] } }""",
        new[] { 5, 7 })]
    [InlineData(
        """number: { gt: 2 }, or: [{ title: { startsWith: "Ký" } }, { title: { startsWith: "Tham" } }], and: [{ schedule: { kind: { neq: EXTERNAL } } }]""",
        new[] { 9, 10 })]
    [InlineData("""or: [{ number: { eq: 1 } }, {}]""", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public async Task And_or_at_several_depths(string where, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ {where} }}"));

    [Fact]
    public async Task Nested_connections_filter_by_related_objects()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { agencies(where: { code: { in: ["quang-ngai/so-tttt", "quang-ngai/ubnd-cac-huyen"] } }) {
                nodes { code assignments(first: 100, where: { item: { schedule: { kind: { eq: RECURRING } } } }) { totalCount nodes { item { number } } } } } }
            """);

        var agencies = data["agencies"]!["nodes"]!.AsArray();
        Assert.Equal(["quang-ngai/so-tttt", "quang-ngai/ubnd-cac-huyen"], agencies.Select(a => (string)a!["code"]!));
        Assert.Equal([7, 11], agencies[0]!["assignments"]!["nodes"]!.AsArray().Select(n => (int)n!["item"]!["number"]!));
        Assert.Equal([7, 11], agencies[1]!["assignments"]!["nodes"]!.AsArray().Select(n => (int)n!["item"]!["number"]!));
        Assert.Equal(2, (int)agencies[1]!["assignments"]!["totalCount"]!);
    }
}
