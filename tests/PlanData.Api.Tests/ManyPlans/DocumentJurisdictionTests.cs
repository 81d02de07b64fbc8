using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.ManyPlans;

/// <summary><c>LegalDocument.jurisdiction</c>: the unit a document belongs to, for imported plans and the documents they cite.</summary>
[Collection(ManyPlansCollection.Name)]
public sealed class DocumentJurisdictionTests(ManyPlansApiFactory api)
{
    [Fact]
    public async Task The_national_decision_every_province_cites_belongs_to_the_country()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { document(number: "749/QĐ-TTg") { jurisdiction { code name level } issuer { jurisdiction { code } } } }
            """);

        var jurisdiction = data["document"]!["jurisdiction"]!;
        Assert.Equal(("viet-nam", "Việt Nam", "NATIONAL"), ((string?)jurisdiction["code"], (string?)jurisdiction["name"], (string?)jurisdiction["level"]));
        Assert.Equal("viet-nam", (string?)data["document"]!["issuer"]!["jurisdiction"]!["code"]);
    }

    [Fact]
    public async Task A_plans_own_document_belongs_to_the_plans_unit_and_a_cited_plan_to_its_own()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""
            { plan(number: "88/KH-UBND") { jurisdiction { code } document { jurisdiction { code } }
                references { to { number jurisdiction { code mergedInto { code } } } } } }
            """);

        var plan = data["plan"]!;
        Assert.Equal("kon-tum/thanh-pho-kon-tum", (string?)plan["jurisdiction"]!["code"]);
        Assert.Equal("kon-tum/thanh-pho-kon-tum", (string?)plan["document"]!["jurisdiction"]!["code"]);
        var cited = Assert.Single(plan["references"]!.AsArray())!["to"]!;
        Assert.Equal("04/KH-BCĐ", (string?)cited["number"]);
        Assert.Equal("kon-tum", (string?)cited["jurisdiction"]!["code"]);
        Assert.Equal("quang-ngai", (string?)cited["jurisdiction"]!["mergedInto"]!["code"]);
    }

    [Fact]
    public async Task Every_document_has_its_jurisdiction_loaded_in_one_statement_and_a_plans_is_the_plans()
    {
        var client = api.CreateGraphQLClient();
        api.Sql.Clear();

        var data = await client.DataAsync("{ documents(first: 100) { totalCount nodes { number jurisdiction { code } plan { jurisdiction { code } } } } }");

        var documents = data["documents"]!["nodes"]!.AsArray();
        // The nine plans' own documents, 749/QĐ-TTg and the 22 decisions 01/QĐ-UBND of Hà Tĩnh.
        Assert.Equal(32, documents.Count);
        Assert.All(documents.Where(d => d!["plan"] is not null), d => Assert.Equal((string?)d!["plan"]!["jurisdiction"]!["code"], (string?)d["jurisdiction"]!["code"]));
        Assert.Equal(24, documents.Count(d => (string?)d!["jurisdiction"]!["code"] is "ha-tinh"));

        // The documents and their count; their jurisdictions; their plans, whose jurisdictions are already loaded.
        Assert.Equal(4, api.Sql.Statements.Count);
    }

    [Theory]
    [InlineData("""where: { jurisdiction: { level: { eq: NATIONAL } } }""", new[] { "viet-nam 749/QĐ-TTg" })]
    [InlineData("""where: { jurisdiction: { within: "quang-ngai" } }, order: [{ jurisdiction: { code: DESC } }]""",
        new[] { "quang-ngai/xa-tinh-tra 15/KH-UBND", "quang-ngai 04/KH-BCĐ", "quang-ngai 04/KH-BCĐ", "kon-tum/thanh-pho-kon-tum 88/KH-UBND", "kon-tum 04/KH-BCĐ" })]
    [InlineData("""where: { jurisdiction: { mergedInto: { code: { eq: "hai-phong" } } } }""", new[] { "hai-duong 1914/KH-UBND" })]
    public async Task Documents_are_filtered_and_sorted_by_their_jurisdiction(string arguments, string[] expected)
    {
        var data = await api.CreateGraphQLClient().DataAsync($$"""{ documents(first: 100, {{arguments}}) { nodes { number jurisdiction { code } } } }""");

        Assert.Equal(expected, data["documents"]!["nodes"]!.AsArray().Select(d => $"{d!["jurisdiction"]!["code"]} {d["number"]}"));
    }
}
