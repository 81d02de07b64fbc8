using System.Text;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.GraphQL;

[Collection(ApiCollection.Name)]
public sealed class NodeTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData("plans", "Plan")]
    [InlineData("planItems", "PlanItem")]
    [InlineData("agencies", "Agency")]
    [InlineData("indicators", "Indicator")]
    [InlineData("documents", "LegalDocument")]
    [InlineData("jurisdictions", "Jurisdiction")]
    public async Task Every_node_comes_back_from_node_and_nodes_by_its_id(string list, string typeName)
    {
        var client = api.CreateGraphQLClient();
        var ids = (await client.DataAsync($"{{ {list}(first: 100) {{ nodes {{ id }} }} }}"))[list]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        Assert.NotEmpty(ids);

        foreach (var id in ids)
        {
            var node = (await client.DataAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id }))["node"]!;
            Assert.Equal(typeName, (string?)node["__typename"]);
            Assert.Equal(id, (string?)node["id"]);
            Assert.StartsWith(typeName + ":", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
        }

        var batch = ids.Take(50).Reverse().ToList();
        var nodes = (await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = batch }))["nodes"]!.AsArray();
        Assert.Equal(batch, nodes.Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task A_key_with_a_nul_character_finds_nothing_and_an_id_with_one_is_not_ours()
    {
        var client = api.CreateGraphQLClient();
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes("Plan:quang-ngai:2022:4/KH-BCĐ\0"));

        var lookups = await client.DataAsync("query($k: String) { agency(code: $k) { name } plan(number: $k) { title } document(number: $k) { number } }", new { k = "04/KH-BCĐ\0" });
        var node = await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Null(lookups["agency"]);
        Assert.Null(lookups["plan"]);
        Assert.Null(lookups["document"]);
        Assert.Equal("INVALID_ID", (string?)node.SingleError["extensions"]!["code"]);
    }

    [Fact]
    public async Task Ids_are_base64_of_type_name_and_natural_key()
    {
        var data = await api.CreateGraphQLClient().DataAsync("""{ plan(number: "04/KH-BCĐ") { id items(first: 3) { nodes { id } } } agency(code: "quang-ngai/so-tttt") { id } }""");

        Assert.Equal("Plan:quang-ngai:2022:4/KH-BCĐ", Decode(data["plan"]!["id"]));
        Assert.Equal("PlanItem:quang-ngai:2022:4/KH-BCĐ#3", Decode(data["plan"]!["items"]!["nodes"]![2]!["id"]));
        Assert.Equal("Agency:quang-ngai/so-tttt", Decode(data["agency"]!["id"]));
    }

    [Fact]
    public async Task Unknown_id_of_a_known_type_is_null_in_node_and_nodes()
    {
        var unknown = Convert.ToBase64String(Encoding.UTF8.GetBytes("Plan:quang-ngai:1999:1/KH-XYZ"));
        var client = api.CreateGraphQLClient();
        var plan = (await client.DataAsync("{ plan(number: \"04/KH-BCĐ\") { id } }"))["plan"]!["id"]!.GetValue<string>();

        var data = await client.DataAsync("query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }", new { id = unknown, ids = new[] { unknown, plan } });

        Assert.Null(data["node"]);
        Assert.Null(data["nodes"]![0]);
        Assert.Equal(plan, (string?)data["nodes"]![1]!["id"]);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm8tY29sb24")]
    [InlineData("V2lkZ2V0OjE=")]
    public async Task Malformed_id_is_an_error_that_names_the_argument(string id)
    {
        var response = await api.CreateGraphQLClient().PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        var error = response.SingleError;
        Assert.Contains("`id`", (string?)error["message"]);
        Assert.Equal("id", (string?)error["extensions"]!["argument"]);
        Assert.Null(response.Body["data"]!["node"]);
    }

    [Fact]
    public async Task More_than_fifty_ids_is_HC0076()
    {
        var ids = Enumerable.Range(0, 51).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes($"Agency:x/{i}"))).ToArray();

        var response = await api.CreateGraphQLClient().PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("HC0076", (string?)response.SingleError["extensions"]!["code"]);
    }

    [Fact]
    public async Task Typed_lookup_refuses_an_id_of_another_type()
    {
        var client = api.CreateGraphQLClient();
        var agency = (await client.DataAsync("{ agency(code: \"quang-ngai/so-tttt\") { id } }"))["agency"]!["id"]!.GetValue<string>();

        var response = await client.PostAsync("query($id: ID) { plan(id: $id) { id } }", new { id = agency });

        Assert.Contains("Agency, not a Plan", (string?)response.SingleError["message"]);
    }

    private static string Decode(JsonNode? id) => Encoding.UTF8.GetString(Convert.FromBase64String((string)id!));
}
