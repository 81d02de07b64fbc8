using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>
/// What null means: no filter, a null test on nullable fields (eq / neq), and otherwise error HC0026
/// with Hot Chocolate's message, the field null and HTTP 200.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NullFilterTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task No_where_filters_nothing() =>
        Assert.Equal(SeedQueries.AllItems, await api.CreateGraphQLClient().ItemsAsync("asOf: \"2022-03-10\""));

    [Fact]
    public async Task Where_null_filters_nothing() =>
        Assert.Equal(SeedQueries.AllItems, await api.CreateGraphQLClient().ItemsAsync("where: null"));

    [Fact]
    public async Task A_null_where_variable_filters_nothing() =>
        Assert.Equal(SeedQueries.AllItems, await api.CreateGraphQLClient().ItemsAsync("where: $where", new { where = (object?)null }, "$where: PlanItemFilterInput"));

    [Fact]
    public async Task An_empty_where_filters_nothing() =>
        Assert.Equal(SeedQueries.AllItems, await api.CreateGraphQLClient().ItemsAsync("where: { title: {}, schedule: {} }"));

    [Theory]
    [InlineData("content: { eq: null }", new[] { 1, 2, 3, 6, 7, 8, 9, 10, 11 })]
    [InlineData("content: { neq: null }", new[] { 4, 5 })]
    [InlineData("objective: { neq: null }", new[] { 8, 9 })]
    [InlineData("schedule: { end: { eq: null } }", new[] { 5, 6, 7, 11 })]
    [InlineData("schedule: { end: { neq: null } }", new[] { 1, 2, 3, 4, 8, 9, 10 })]
    [InlineData("schedule: { start: { eq: null }, kind: { eq: EXTERNAL } }", new[] { 5, 6 })]
    [InlineData("section: { eq: null }", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    [InlineData("section: { neq: null }", new int[] { })]
    [InlineData("schedule: { end: { in: [null, \"2022-02-28\"] } }", new[] { 1, 2, 5, 6, 7, 11 })]
    [InlineData("schedule: { start: { nin: [null] } }", new[] { 1, 2, 3, 4, 8, 9, 10 })]
    [InlineData("content: { in: [null] }", new[] { 1, 2, 3, 6, 7, 8, 9, 10, 11 })]
    [InlineData("content: { nin: [null] }", new[] { 4, 5 })]
    public async Task Eq_and_neq_null_test_nullable_item_fields_for_null(string where, int[] expected) =>
        Assert.Equal(expected, await api.CreateGraphQLClient().ItemsAsync($"where: {{ {where} }}"));

    [Fact]
    public async Task Eq_null_on_short_name_finds_the_agencies_without_one()
    {
        var codes = await api.CreateGraphQLClient().AgenciesAsync("where: { shortName: { eq: null } }");

        Assert.Equal(40, codes.Count);
        Assert.Contains("quang-ngai/thanh-vien-bcd-cds", codes);
        Assert.DoesNotContain("quang-ngai/so-tttt", codes);
    }

    [Fact]
    public async Task Neq_null_on_short_name_finds_the_agencies_with_one() =>
        Assert.Equal(
            SeedQueries.Codes(
                "quang-ngai/bcd-cds", "quang-ngai/so-gddt", "quang-ngai/so-gtvt", "quang-ngai/so-khcn", "quang-ngai/so-khdt",
                "quang-ngai/so-nnptnt", "quang-ngai/so-tttt", "quang-ngai/ubnd-cac-huyen", "quang-ngai/ubnd-tinh", "quang-ngai/van-phong-ubnd",
                "viet-nam/bo-dttg", "viet-nam/bo-gddt", "viet-nam/bo-gtvt", "viet-nam/bo-khcn", "viet-nam/bo-khdt",
                "viet-nam/bo-ldtbxh", "viet-nam/bo-nnmt", "viet-nam/bo-nnptnt", "viet-nam/bo-tnmt", "viet-nam/bo-tttt",
                "viet-nam/bo-vhttdl", "viet-nam/cuc-chuyen-doi-so-quoc-gia", "viet-nam/cuc-tin-hoc-hoa", "viet-nam/nhnn", "viet-nam/tap-doan-vnpt"),
            await api.CreateGraphQLClient().AgenciesAsync("where: { shortName: { neq: null } }"));

    [Fact]
    public async Task Eq_null_through_a_variable_tests_for_null() =>
        Assert.Equal(new[] { 4, 5 }, await api.CreateGraphQLClient().ItemsAsync("where: { content: { neq: $value } }", new { value = (string?)null }, "$value: String"));

    [Theory]
    [InlineData("title: { contains: null }", "contains", "StringOperationFilterInput")]
    [InlineData("title: { ncontains: null }", "ncontains", "StringOperationFilterInput")]
    [InlineData("title: { startsWith: null }", "startsWith", "StringOperationFilterInput")]
    [InlineData("title: { nendsWith: null }", "nendsWith", "StringOperationFilterInput")]
    [InlineData("title: { icontains: null }", "icontains", "StringOperationFilterInput")]
    [InlineData("title: { ieq: null }", "ieq", "StringOperationFilterInput")]
    [InlineData("title: { in: null }", "in", "StringOperationFilterInput")]
    [InlineData("title: { iin: null }", "iin", "StringOperationFilterInput")]
    [InlineData("content: { contains: null }", "contains", "StringOperationFilterInput")]
    [InlineData("title: { eq: null }", "eq", "StringOperationFilterInput")]
    [InlineData("title: { neq: null }", "neq", "StringOperationFilterInput")]
    [InlineData("number: { eq: null }", "eq", "IntOperationFilterInput")]
    [InlineData("number: { gt: null }", "gt", "IntOperationFilterInput")]
    [InlineData("number: { nin: null }", "nin", "IntOperationFilterInput")]
    [InlineData("number: { in: [1, null] }", "in", "IntOperationFilterInput")]
    [InlineData("number: { nin: [null] }", "nin", "IntOperationFilterInput")]
    [InlineData("title: { in: [null] }", "in", "StringOperationFilterInput")]
    [InlineData("title: { nin: [\"x\", null] }", "nin", "StringOperationFilterInput")]
    [InlineData("title: { iin: [\"x\", null] }", "iin", "StringOperationFilterInput")]
    [InlineData("content: { iin: [null] }", "iin", "StringOperationFilterInput")]
    [InlineData("id: { in: [null] }", "in", "IdOperationFilterInput")]
    [InlineData("id: { nin: [null] }", "nin", "IdOperationFilterInput")]
    [InlineData("schedule: { end: { lt: null } }", "lt", "DateOperationFilterInput")]
    [InlineData("schedule: { kind: { eq: null } }", "eq", "ScheduleKindOperationFilterInput")]
    [InlineData("schedule: { kind: { in: null } }", "in", "ScheduleKindOperationFilterInput")]
    [InlineData("completedAtIssue: { eq: null }", "eq", "BooleanOperationFilterInput")]
    [InlineData("id: { eq: null }", "eq", "IdOperationFilterInput")]
    [InlineData("status: { neq: null }", "neq", "PlanItemStatusOperationFilterInput")]
    [InlineData("schedule: null", "schedule", "PlanItemFilterInput")]
    [InlineData("leadAgency: null", "leadAgency", "PlanItemFilterInput")]
    [InlineData("title: null", "title", "PlanItemFilterInput")]
    [InlineData("and: null", "and", "PlanItemFilterInput")]
    [InlineData("or: null", "or", "PlanItemFilterInput")]
    [InlineData("leadAgency: { jurisdiction: null }", "jurisdiction", "AgencyFilterInput")]
    [InlineData("assignments: { some: null }", "some", "ListFilterInputTypeOfAssignmentFilterInput")]
    [InlineData("assignments: { any: null }", "any", "ListFilterInputTypeOfAssignmentFilterInput")]
    [InlineData("assignments: { all: { agency: null } }", "agency", "AssignmentFilterInput")]
    [InlineData("or: [{ title: { contains: null } }]", "contains", "StringOperationFilterInput")]
    [InlineData("and: [{ number: { gt: 1 } }, { schedule: { end: { gte: null } } }]", "gte", "DateOperationFilterInput")]
    [InlineData("or: [{ and: [{ leadAgency: { name: { startsWith: null } } }] }]", "startsWith", "StringOperationFilterInput")]
    [InlineData("title: { and: [{ contains: null }] }", "contains", "StringOperationFilterInput")]
    [InlineData("title: { or: null }", "or", "StringOperationFilterInput")]
    public async Task Null_anywhere_else_is_HC0026(string where, string operation, string inputType)
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", $"{{ planItems(where: {{ {where} }}) {{ nodes {{ number }} }} }}");

        Assert.Equal($"The provided value for filter `{operation}` of type {inputType} is invalid. Null values are not supported.", (string?)error["message"]);
        Assert.Equal("HC0026", (string?)error["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("shortName: { contains: null }", "contains", "StringOperationFilterInput")]
    [InlineData("kind: { eq: null }", "eq", "AgencyKindOperationFilterInput")]
    [InlineData("isCollective: { neq: null }", "neq", "BooleanOperationFilterInput")]
    [InlineData("dissolvedOn: { gt: null }", "gt", "DateOperationFilterInput")]
    [InlineData("aliases: { some: { eq: null } }", "eq", "StringOperationFilterInput")]
    [InlineData("aliases: { all: null }", "all", "ListStringOperationFilterInput")]
    [InlineData("aliases: { some: { in: [null] } }", "in", "StringOperationFilterInput")]
    [InlineData("aliases: { any: null }", "any", "ListStringOperationFilterInput")]
    [InlineData("currentSuccessor: null", "currentSuccessor", "AgencyFilterInput")]
    [InlineData("currentSuccessor: { code: { ieq: null } }", "ieq", "StringOperationFilterInput")]
    public async Task Null_on_agency_filters_is_HC0026(string where, string operation, string inputType)
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync("agencies", $"{{ agencies(where: {{ {where} }}) {{ nodes {{ code }} }} }}");

        Assert.Equal($"The provided value for filter `{operation}` of type {inputType} is invalid. Null values are not supported.", (string?)error["message"]);
        Assert.Equal("HC0026", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task Null_given_through_a_variable_is_HC0026()
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync(
            "planItems",
            "query($where: PlanItemFilterInput) { planItems(where: $where) { nodes { number } } }",
            new { where = new { title = new { contains = (string?)null } } });

        Assert.Equal("The provided value for filter `contains` of type StringOperationFilterInput is invalid. Null values are not supported.", (string?)error["message"]);
        Assert.Equal("HC0026", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task Null_in_a_nested_connection_filter_is_HC0026_on_that_field()
    {
        var response = await api.CreateGraphQLClient().PostAsync("""{ plans { nodes { number items(where: { title: { endsWith: null } }) { nodes { number } } } } }""");

        Assert.Equal(200, response.Status);
        var error = response.SingleError;
        Assert.Equal("The provided value for filter `endsWith` of type StringOperationFilterInput is invalid. Null values are not supported.", (string?)error["message"]);
        Assert.Equal("HC0026", (string?)error["extensions"]!["code"]);
        Assert.Equal("04/KH-BCĐ", (string?)response.Body["data"]!["plans"]!["nodes"]![0]!["number"]);
        Assert.Null(response.Body["data"]!["plans"]!["nodes"]![0]!["items"]);
    }
}
