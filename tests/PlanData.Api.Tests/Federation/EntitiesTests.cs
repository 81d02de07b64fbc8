using System.Text.Json.Nodes;
using static PlanData.Api.Tests.Federation.GlobalIds;

namespace PlanData.Api.Tests.Federation;

/// <summary>How a gateway fetches our objects by key: <c>_entities(representations:)</c>.</summary>
public sealed class EntitiesTests(FederatedApiFactory api) : IClassFixture<FederatedApiFactory>
{
    private const string Entities = "query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Node { id } } }";

    private static readonly string[] _nodeLists = ["plans", "planItems", "agencies", "indicators", "documents"];

    [Theory]
    [InlineData("Plan", Plan, "title", "Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022")]
    [InlineData("PlanItem", Plan + "#3", "title", "Khai trương và đưa vào vận hành thử nghiệm Trung tâm điều hành thông minh tỉnh")]
    [InlineData("Agency", "quang-ngai/so-tttt", "name", "Sở Thông tin và Truyền thông")]
    [InlineData("LegalDocument", "quang-ngai:2021:1742/QĐ-UBND", "summary", "thành lập Ban Chỉ đạo Chuyển đổi số tỉnh Quảng Ngãi")]
    [InlineData("Indicator", Plan + "#ho-gia-dinh-co-cap-quang", "name", "Hộ gia đình có cáp quang")]
    public async Task Each_node_type_resolves_by_its_global_id(string typeName, string naturalKey, string field, string expected)
    {
        var id = Of(typeName, naturalKey);

        var data = await api.CreateGraphQLClient().DataAsync(
            $"query($representations: [_Any!]!) {{ _entities(representations: $representations) {{ __typename ... on {typeName} {{ id {field} }} }} }}",
            new { representations = new[] { new Dictionary<string, object> { ["__typename"] = typeName, ["id"] = id } } });

        var entity = Assert.Single(data["_entities"]!.AsArray())!;
        Assert.Equal(typeName, (string?)entity["__typename"]);
        Assert.Equal(id, (string?)entity["id"]);
        Assert.Equal(expected, (string?)entity[field]);
    }

    [Fact]
    public async Task A_hundred_representations_of_every_type_resolve_in_order_with_one_statement_per_type()
    {
        var client = api.CreateGraphQLClient();
        var lists = await client.DataAsync($"{{ {string.Join(' ', _nodeLists.Select(l => $"{l}(first: 100) {{ nodes {{ __typename id }} }}"))} }}");
        var byType = _nodeLists.Select(l => lists[l]!["nodes"]!.AsArray().Select(n => ((string)n!["__typename"]!, (string)n["id"]!)).ToList()).ToList();

        // Round robin over the types, each list repeated as needed: neighbours are of different types.
        var representations = Enumerable.Range(0, 100).Select(i => byType[i % byType.Count][i / byType.Count % byType[i % byType.Count].Count]).ToList();
        api.Sql.Clear();
        var data = await client.DataAsync(Entities, new { representations = representations.Select(r => new Dictionary<string, object> { ["__typename"] = r.Item1, ["id"] = r.Item2 }) });

        var entities = data["_entities"]!.AsArray();
        Assert.Equal(representations, entities.Select(e => ((string)e!["__typename"]!, (string)e["id"]!)));
        var statements = api.Sql.Statements;
        Assert.True(statements.Count <= _nodeLists.Length, $"{statements.Count} statements for {_nodeLists.Length} types:\n{string.Join("\n", statements)}");
    }

    [Theory]
    [InlineData("""{ "__typename": "Agency", "id": "not base64!" }""", "not base64!")]
    [InlineData("""{ "__typename": "Agency", "id": "QWdlbmN5" }""", "QWdlbmN5")]
    [InlineData("""{ "__typename": "Agency", "id": "UGxhbjpxdWFuZy1uZ2FpOjIwMjI6NC9LSC1CQ8SQ" }""", "UGxhbjpxdWFuZy1uZ2FpOjIwMjI6NC9LSC1CQ8SQ")]
    [InlineData("""{ "__typename": "Agency", "id": 42 }""", "42")]
    [InlineData("""{ "__typename": "Agency" }""", "Agency")]
    public async Task A_representation_without_an_id_of_its_type_is_null_with_an_error_naming_it(string representation, string named)
    {
        var response = await PostBetweenGoodOnesAsync(JsonNode.Parse(representation)!);

        AssertOnlyTheMiddleFailed(response, "INVALID_ID", named);
    }

    [Fact]
    public async Task A_well_formed_id_that_names_nothing_is_null_with_an_error_naming_it()
    {
        var unknown = Of("Agency", "quang-ngai/khong-ton-tai");

        var response = await PostBetweenGoodOnesAsync(new JsonObject { ["__typename"] = "Agency", ["id"] = unknown });

        AssertOnlyTheMiddleFailed(response, "NOT_FOUND", unknown);
    }

    [Fact]
    public async Task A_representation_of_a_type_that_is_no_entity_is_an_error_naming_the_type()
    {
        var response = await api.CreateGraphQLClient().PostAsync(Entities, new { representations = new[] { new { __typename = "PageInfo", id = Of("PageInfo", "1") } } });

        Assert.InRange(response.Status, 200, 499);
        Assert.Contains("PageInfo", (string?)response.SingleError["message"]);
    }

    private async Task<Infrastructure.GraphQLResponse> PostBetweenGoodOnesAsync(JsonNode representation) =>
        await api.CreateGraphQLClient().PostAsync(Entities, new
        {
            representations = new JsonArray(
                new JsonObject { ["__typename"] = "Agency", ["id"] = Of("Agency", "quang-ngai/so-tttt") },
                representation,
                new JsonObject { ["__typename"] = "Plan", ["id"] = Of("Plan", Plan) }),
        });

    private static void AssertOnlyTheMiddleFailed(Infrastructure.GraphQLResponse response, string code, string named)
    {
        Assert.Equal(200, response.Status);
        var entities = response.Body["data"]!["_entities"]!.AsArray();
        Assert.Equal(3, entities.Count);
        Assert.Equal(Of("Agency", "quang-ngai/so-tttt"), (string?)entities[0]!["id"]);
        Assert.Null(entities[1]);
        Assert.Equal(Of("Plan", Plan), (string?)entities[2]!["id"]);

        var error = response.SingleError;
        Assert.Equal(code, (string?)error["extensions"]!["code"]);
        Assert.Equal("""["_entities",1]""", error["path"]!.ToJsonString());
        Assert.Contains(named, (string?)error["message"]);
        Assert.Equal("Agency", (string?)error["extensions"]!["representation"]!["__typename"]);
    }
}
