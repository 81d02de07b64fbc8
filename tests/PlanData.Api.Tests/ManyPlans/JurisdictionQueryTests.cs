using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary>Jurisdictions as a type of their own: the registry's facts, mergers followed, lists filtered and sorted in SQL.</summary>
[Collection(ManyPlansCollection.Name)]
public sealed class JurisdictionQueryTests(ManyPlansApiFactory api)
{
    private const string Fields = """
        id code name fullName level officialCode formerOfficialCode aliases formerFullName renamedOn endedOn note sources firstNamedIn
        parent { code parent { code } } mergedInto { code } mergedFrom { code } currentSuccessor { code }
        """;

    [Fact]
    public async Task A_merged_province_tells_what_it_was_when_it_ended_and_what_it_is_part_of_now()
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ jurisdiction(code: "Kon-Tum") { {{Fields}} } }""");

        var kontum = data["jurisdiction"]!;
        Assert.Equal(GraphQLIds.Encode("Jurisdiction", "kon-tum"), (string?)kontum["id"]);
        Assert.Equal("kon-tum", (string?)kontum["code"]);
        Assert.Equal("Kon Tum", (string?)kontum["name"]);
        Assert.Equal("Tỉnh Kon Tum", (string?)kontum["fullName"]);
        Assert.Equal("PROVINCIAL", (string?)kontum["level"]);
        Assert.Equal("62", (string?)kontum["officialCode"]);
        Assert.Null((JsonNode?)kontum["formerOfficialCode"]);
        Assert.Equal(["tỉnh Kon Tum", "Kon Tun"], kontum["aliases"]!.AsArray().Select(a => (string?)a));
        Assert.Equal("2025-07-01", (string?)kontum["endedOn"]);
        Assert.Equal("quang-ngai", (string?)kontum["mergedInto"]!["code"]);
        Assert.Empty(kontum["mergedFrom"]!.AsArray());
        Assert.Equal("quang-ngai", (string?)kontum["currentSuccessor"]!["code"]);
        Assert.Null((JsonNode?)kontum["parent"]);
        Assert.Equal("Merged into tỉnh Quảng Ngãi (NQ 202/2025/QH15).", (string?)kontum["note"]);
        Assert.Equal(["NQ 202/2025/QH15", "QĐ 124/2004/QĐ-TTg"], kontum["sources"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public async Task The_province_that_absorbed_it_lists_it_and_is_its_own_current_unit()
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ jurisdiction(code: "quang-ngai") { {{Fields}} } }""");

        var quangNgai = data["jurisdiction"]!;
        Assert.Equal(["kon-tum"], quangNgai["mergedFrom"]!.AsArray().Select(j => (string?)j!["code"]));
        Assert.Equal("quang-ngai", (string?)quangNgai["currentSuccessor"]!["code"]);
        Assert.Null((JsonNode?)quangNgai["mergedInto"]);
        Assert.Null((JsonNode?)quangNgai["endedOn"]);
    }

    [Fact]
    public async Task A_commune_has_its_district_and_province_above_it_and_the_commune_it_was_merged_into()
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ jurisdiction(code: "quang-ngai/xa-tinh-tra") { {{Fields}} } }""");

        var commune = data["jurisdiction"]!;
        Assert.Equal("COMMUNE", (string?)commune["level"]);
        Assert.Equal("quang-ngai/huyen-son-tinh", (string?)commune["parent"]!["code"]);
        Assert.Equal("quang-ngai", (string?)commune["parent"]!["parent"]!["code"]);
        Assert.Equal("quang-ngai/xa-tho-phong", (string?)commune["mergedInto"]!["code"]);
        Assert.Equal("quang-ngai/xa-tho-phong", (string?)commune["currentSuccessor"]!["code"]);
    }

    [Fact]
    public async Task A_renamed_province_and_a_recoded_one_keep_their_former_names_and_codes()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { hue: jurisdiction(code: "hue") { fullName formerFullName renamedOn endedOn currentSuccessor { code } }
              laoCai: jurisdiction(code: "lao-cai") { officialCode formerOfficialCode } }
            """);

        Assert.Equal("Thành phố Huế", (string?)data["hue"]!["fullName"]);
        Assert.Equal("Tỉnh Thừa Thiên Huế", (string?)data["hue"]!["formerFullName"]);
        Assert.Equal("2025-01-01", (string?)data["hue"]!["renamedOn"]);
        Assert.Null((JsonNode?)data["hue"]!["endedOn"]);
        Assert.Equal("hue", (string?)data["hue"]!["currentSuccessor"]!["code"]);
        Assert.Equal("15", (string?)data["laoCai"]!["officialCode"]);
        Assert.Equal("10", (string?)data["laoCai"]!["formerOfficialCode"]);
    }

    [Fact]
    public async Task A_jurisdiction_is_a_node_found_by_its_id_and_an_unknown_code_finds_nothing()
    {
        var client = api.CreateGraphQLClient();
        var id = GraphQLIds.Encode("Jurisdiction", "hai-duong");

        var data = await client.DataAsync("query($id: ID!) { node(id: $id) { __typename ... on Jurisdiction { code } } byId: jurisdiction(id: $id) { code } none: jurisdiction(code: \"sai-gon\") { code } }", new { id });

        Assert.Equal("Jurisdiction", (string?)data["node"]!["__typename"]);
        Assert.Equal("hai-duong", (string?)data["node"]!["code"]);
        Assert.Equal("hai-duong", (string?)data["byId"]!["code"]);
        Assert.Null((JsonNode?)data["none"]);
    }

    [Theory]
    [InlineData("""level: { eq: PROVINCIAL }, endedOn: { eq: null }""", """[{ officialCode: ASC }]""", new[] { "lao-cai", "hai-phong", "ha-tinh", "hue", "quang-ngai" })]
    [InlineData("""mergedInto: { code: { eq: "quang-ngai" } }""", null, new[] { "kon-tum" })]
    [InlineData("""currentSuccessor: { code: { eq: "hai-phong" } }""", null, new[] { "hai-duong", "hai-phong" })]
    [InlineData("""mergedFrom: { any: true }""", null, new[] { "hai-phong", "quang-ngai", "quang-ngai/xa-tho-phong" })]
    [InlineData("""parent: { parent: { code: { eq: "quang-ngai" } } }""", null, new[] { "quang-ngai/xa-tinh-tra" })]
    [InlineData("""aliases: { some: { icontains: "thua thien" } }""", null, new[] { "hue" })]
    [InlineData("""renamedOn: { neq: null }""", null, new[] { "hue" })]
    [InlineData("""level: { in: [DISTRICT, COMMUNE] }""", """[{ parent: { code: DESC } }, { name: ASC }]""", new[] { "quang-ngai/xa-tinh-tra", "quang-ngai/huyen-son-tinh", "quang-ngai/xa-tho-phong", "kon-tum/thanh-pho-kon-tum" })]
    [InlineData("""endedOn: { gte: "2025-07-01" }, level: { eq: PROVINCIAL }""", """[{ currentSuccessor: { officialCode: DESC } }]""", new[] { "kon-tum", "hai-duong" })]
    public async Task Jurisdictions_are_filtered_and_sorted_by_their_fields(string where, string? order, string[] expected)
    {
        api.Sql.Clear();

        var data = await api.CreateGraphQLClient().DataAsync($$"""{ jurisdictions(first: 100, where: { {{where}} }{{(order is null ? "" : $", order: {order}")}}) { totalCount nodes { code } } }""");

        Assert.Equal(expected, data["jurisdictions"]!["nodes"]!.AsArray().Select(n => (string?)n!["code"]));
        Assert.Equal(expected.Length, (int?)data["jurisdictions"]!["totalCount"]);
        Assert.Equal(expected.Length, api.Sql.Statements.Where(s => s.Sql.Contains("\nWHERE ", StringComparison.Ordinal)).Max(s => s.RowsRead));
    }

    [Fact]
    public async Task The_jurisdictions_of_every_plan_and_their_links_cost_one_statement_a_level_whatever_the_number_of_plans()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("""
            { plans(first: 100) { nodes { jurisdiction { code parent { code } mergedInto { code } mergedFrom { code } currentSuccessor { code } } } } }
            """);

        var jurisdictions = data["plans"]!["nodes"]!.AsArray().Select(p => p!["jurisdiction"]!).ToList();
        Assert.Equal(9, jurisdictions.Count);
        Assert.Equal("quang-ngai", (string?)jurisdictions.First(j => (string?)j["code"] == "kon-tum")["currentSuccessor"]!["code"]);
        Assert.Equal("kon-tum", (string?)jurisdictions.First(j => (string?)j["code"] == "kon-tum/thanh-pho-kon-tum")["parent"]!["code"]);

        // The plans; their jurisdictions; parents and mergedInto (one loader by code); mergedFrom; the chains' ends, then those rows.
        Assert.Equal(6, api.Sql.Statements.Count);
    }

    [Fact]
    public async Task Every_jurisdiction_is_listed_once_over_pages_by_code()
    {
        var client = api.CreateGraphQLClient();
        var codes = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync("query($after: String) { jurisdictions(first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { code } } }", new { after }))["jurisdictions"]!;
            Assert.Equal(12, (int?)page["totalCount"]);
            codes.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string?)page["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);

        Assert.Equal(ManyPlansRegistry.Registry.Jurisdictions.Select(j => j.Code).Order(StringComparer.Ordinal), codes);
    }
}
