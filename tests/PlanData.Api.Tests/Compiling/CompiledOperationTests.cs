using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;
using PlanData.Api.Transport;
using PlanData.Api.TrustedOperations;

namespace PlanData.Api.Tests.Compiling;

/// <summary>
/// The compiled plans against the executor, on the API every other test uses (Verify mode: each query runs on both, and
/// different bytes are an error in the answer): the benchmark's bodies, the trusted operations, and queries generated over
/// every root list's sort and filter inputs, with their pages forward and back.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CompiledOperationTests(PlanDataApiFactory api)
{
    private CompiledExecution Compiled => api.Services.GetRequiredService<CompiledExecution>();

    [Theory]
    [InlineData("w1.json")]
    [InlineData("w2.json")]
    [InlineData("widget.json")]
    public async Task The_benchmark_bodies_are_compiled_and_answer_as_the_executor_does(string body)
    {
        var query = (string)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "bench", "bodies", body)))!["query"]!;
        var before = Compiled.Answered;

        await api.CreateGraphQLClient().DataAsync(query);

        Assert.Equal(before + 1, Compiled.Answered);
    }

    [Fact]
    public async Task Every_trusted_operation_answers_as_the_executor_does()
    {
        var client = api.CreateGraphQLClient();
        var variables = new Dictionary<string, object?>
        {
            ["ExportPlanItems"] = new { asOf = "2022-07-01" },
            ["Indicators"] = new { where = new { plan = new { number = new { ieq = "04/KH-BCĐ" } } } },
            ["PlanItemsByAgency"] = new { code = "quang-ngai/so-tt-tt" },
            ["PlanItemsByStatus"] = new { statuses = new[] { "PAST_DUE", "IN_PROGRESS" }, asOf = "2022-07-01" },
            ["PlanOverview"] = new { number = "04/KH-BCĐ" },
        };
        var planned = new List<string>();
        foreach (var operation in api.Services.GetRequiredService<TrustedOperationStore>().All)
        {
            var before = Compiled.Answered;
            var response = await client.PostAsync(operation.Text, variables.GetValueOrDefault(operation.Name));
            Assert.True(response.Errors is null, $"{operation.Name}: {response.Errors?.ToJsonString()}");
            if (Compiled.Answered > before)
            {
                planned.Add(operation.Name);
            }
        }

        // The operations that start at a root list have plans; those that start at a lookup (plan, agency) run on the executor.
        Assert.Equal(["ExportPlanItems", "Indicators", "PlanItemsByStatus"], planned);
    }

    [Fact]
    public async Task Every_root_list_sorted_by_each_of_its_keys_pages_forward_and_back_as_the_executor_does()
    {
        var client = api.CreateGraphQLClient();
        var before = Compiled.Answered;
        var sent = 0;
        foreach (var (field, node, sortType, leaves) in await RootListsAsync(client))
        {
            foreach (var key in await SortKeysAsync(client, sortType))
            {
                foreach (var direction in new[] { "ASC", "DESC" })
                {
                    var query = $$"""
                        query Page($first: Int, $after: String, $last: Int, $before: String) {
                          {{field}}(order: [{ {{key}}: {{direction}} }], first: $first, after: $after, last: $last, before: $before) {
                            totalCount
                            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                            edges { cursor node { __typename {{string.Join(' ', leaves)}} } }
                          }
                        }
                        """;
                    var first = await client.DataAsync(query, new { first = 3 });
                    var end = (string?)first[field]!["pageInfo"]!["endCursor"];
                    await client.DataAsync(query, new { first = 3, after = end });
                    await client.DataAsync(query, new { last = 2, before = end });
                    sent += 3;
                }
            }

            Assert.True(sent > 0, $"{field} ({node}) has no sort keys");
        }

        // A request whose page is refused or empty may go to the executor; most are answered by their plans.
        Assert.True(Compiled.Answered - before >= sent / 2, $"{Compiled.Answered - before} of {sent} answered by compiled plans");
    }

    [Fact]
    public async Task Every_root_list_filtered_on_each_leaf_by_a_value_it_holds_answers_as_the_executor_does()
    {
        var client = api.CreateGraphQLClient();
        var before = Compiled.Answered;
        foreach (var (field, node, _, leaves) in await RootListsAsync(client))
        {
            var sample = await client.DataAsync($"{{ {field}(first: 1) {{ nodes {{ {string.Join(' ', leaves)} }} }} }}");
            var row = sample[field]!["nodes"]!.AsArray().FirstOrDefault()?.AsObject();
            Assert.NotNull(row);
            foreach (var leaf in leaves.Where(l => l != "id" && row[l] is JsonValue))
            {
                var query = $$"""
                    query Filtered($where: {{node}}FilterInput) {
                      {{field}}(where: $where, first: 5) { totalCount nodes { {{string.Join(' ', leaves)}} } }
                    }
                    """;
                var equal = await client.DataAsync(query, new Dictionary<string, object?> { ["where"] = new JsonObject { [leaf] = new JsonObject { ["eq"] = row[leaf]!.DeepClone() } } });
                Assert.NotEmpty(equal[field]!["nodes"]!.AsArray());
                await client.DataAsync(query, new Dictionary<string, object?> { ["where"] = new JsonObject { [leaf] = new JsonObject { ["neq"] = row[leaf]!.DeepClone() } } });
            }
        }

        Assert.True(Compiled.Answered > before);
    }

    [Fact]
    public async Task Aliases_fragments_and_typenames_are_written_where_the_document_puts_them()
    {
        var before = Compiled.Answered;
        var data = await api.CreateGraphQLClient().DataAsync("""
            query Shaped {
              kind: __typename
              first: planItems(first: 2, order: [{ number: DESC }]) { ...Page }
              plans { t: __typename nodes { n: number items(first: 2) { nodes { ... on PlanItem { title } assignments { role } } } } }
            }
            fragment Page on PlanItemsConnection { count: totalCount nodes { number ...Lead } }
            fragment Lead on PlanItem { leadAgency { name } schedule { kind } }
            """);

        Assert.Equal("Query", (string?)data["kind"]);
        Assert.Equal(["count", "nodes"], data["first"]!.AsObject().Select(p => p.Key));
        Assert.Equal(before + 1, Compiled.Answered);
    }

    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

    /// <summary>Every root list field with <c>order</c>: its name, node type, sort input type, and the node's scalar and enum fields without arguments.</summary>
    private static async Task<List<(string Field, string Node, string SortType, List<string> Leaves)>> RootListsAsync(GraphQLClient client)
    {
        var schema = await client.DataAsync($"{{ __schema {{ queryType {{ fields {{ name type {{ {TypeRef} }} args {{ name type {{ {TypeRef} }} }} }} }} }} }}");
        var lists = new List<(string, string, string, List<string>)>();
        foreach (var field in schema["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => f!.AsObject()))
        {
            var type = Named(field["type"]!);
            if (!type.EndsWith("Connection", StringComparison.Ordinal) || field["args"]!.AsArray().FirstOrDefault(a => (string?)a!["name"] == "order") is not { } order)
            {
                continue;
            }

            var connection = await client.DataAsync($"{{ __type(name: \"{type}\") {{ fields {{ name type {{ {TypeRef} }} }} }} }}");
            var node = Named(connection["__type"]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == "nodes")!["type"]!);
            var nodeType = await client.DataAsync($"{{ __type(name: \"{node}\") {{ fields {{ name args {{ name }} type {{ {TypeRef} }} }} }} }}");
            var leaves = nodeType["__type"]!["fields"]!.AsArray()
                .Where(f => f!["args"]!.AsArray().Count == 0 && Leaf(f["type"]!))
                .Select(f => (string)f!["name"]!)
                .ToList();
            lists.Add(((string)field["name"]!, node, Named(order["type"]!), leaves));
        }

        Assert.NotEmpty(lists);
        return lists;
    }

    /// <summary>The sort input's keys that order by a value (not by a related object's fields).</summary>
    private static async Task<List<string>> SortKeysAsync(GraphQLClient client, string sortType)
    {
        var type = await client.DataAsync($"{{ __type(name: \"{sortType}\") {{ inputFields {{ name type {{ {TypeRef} }} }} }} }}");
        return [.. type["__type"]!["inputFields"]!.AsArray()
            .Where(f => (string?)f!["type"]!["kind"] == "ENUM")
            .Select(f => (string)f!["name"]!)];
    }

    private static string Named(JsonNode type) => type["ofType"] is JsonObject inner ? Named(inner) : (string)type["name"]!;

    /// <summary>A scalar or enum, not in a list.</summary>
    private static bool Leaf(JsonNode type) => (string?)type["kind"] switch
    {
        "NON_NULL" => Leaf(type["ofType"]!),
        "SCALAR" or "ENUM" => true,
        _ => false,
    };
}
