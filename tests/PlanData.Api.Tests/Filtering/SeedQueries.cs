using System.Text;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>
/// Runs a list field with given arguments and reads back the natural keys of what it returned, so that
/// a test states its expected answer as the seed's item numbers or agency codes.
/// </summary>
internal static class SeedQueries
{
    public const string PlanKey = "quang-ngai:2022:4/KH-BCĐ";

    /// <summary>
    /// A filter to the 34 agencies of the Quảng Ngãi registry before the national registry (ministries of
    /// both governments, steering committees, Party bodies) joined it: the set the agency sort tests were
    /// checked on by hand. Sorting is what they test; which agencies exist is the registry's test.
    /// </summary>
    public const string PlanAgencies = "where: { code: { in: [\"quang-ngai/bcd-cds\", \"quang-ngai/buu-dien-tinh\", \"quang-ngai/cac-so-ban-nganh\", \"quang-ngai/co-quan-lien-quan\", \"quang-ngai/cong-an-tinh\", \"quang-ngai/mobifone-quang-ngai\", \"quang-ngai/so-cong-thuong\", \"quang-ngai/so-gddt\", \"quang-ngai/so-gtvt\", \"quang-ngai/so-khcn\", \"quang-ngai/so-khdt\", \"quang-ngai/so-nnptnt\", \"quang-ngai/so-noi-vu\", \"quang-ngai/so-tai-chinh\", \"quang-ngai/so-tttt\", \"quang-ngai/so-tu-phap\", \"quang-ngai/so-xay-dung\", \"quang-ngai/so-y-te\", \"quang-ngai/thanh-vien-bcd-cds\", \"quang-ngai/thuong-truc-tinh-uy\", \"quang-ngai/tinh-uy\", \"quang-ngai/to-giup-viec-bcd-cds\", \"quang-ngai/ubnd-cac-huyen\", \"quang-ngai/ubnd-tinh\", \"quang-ngai/van-phong-ubnd\", \"quang-ngai/viettel-quang-ngai\", \"quang-ngai/vnpt-quang-ngai\", \"viet-nam/bo-khcn\", \"viet-nam/bo-noi-vu\", \"viet-nam/bo-tttt\", \"viet-nam/chinh-phu\", \"viet-nam/tap-doan-vnpt\", \"viet-nam/thu-tuong-chinh-phu\", \"viet-nam/ubqg-cds\"] } }";

    /// <summary>Every item number of the seed plan, in document order.</summary>
    public static int[] AllItems { get; } = [.. Enumerable.Range(1, 11)];

    public static int[] AllItemsBut(params int[] numbers) => [.. AllItems.Except(numbers)];

    /// <summary>The numbers of the items <c>planItems(first: 100, arguments)</c> returns, in order.</summary>
    public static async Task<int[]> ItemsAsync(this GraphQLClient client, string arguments, object? variables = null, string definitions = "") =>
        [.. (await client.KeysAsync("planItems", "number", arguments, variables, definitions)).Select(int.Parse)];

    public static Task<IReadOnlyList<string>> AgenciesAsync(this GraphQLClient client, string arguments, object? variables = null, string definitions = "") =>
        client.KeysAsync("agencies", "code", arguments, variables, definitions);

    public static Task<IReadOnlyList<string>> IndicatorsAsync(this GraphQLClient client, string arguments, object? variables = null, string definitions = "") =>
        client.KeysAsync("indicators", "code", arguments, variables, definitions);

    public static Task<IReadOnlyList<string>> DocumentsAsync(this GraphQLClient client, string arguments, object? variables = null, string definitions = "") =>
        client.KeysAsync("documents", "number", arguments, variables, definitions);

    public static Task<IReadOnlyList<string>> PlansAsync(this GraphQLClient client, string arguments, object? variables = null, string definitions = "") =>
        client.KeysAsync("plans", "number", arguments, variables, definitions);

    /// <summary>One key field of every node of a list field (at most 100), checking that totalCount agrees.</summary>
    public static async Task<IReadOnlyList<string>> KeysAsync(this GraphQLClient client, string field, string key, string arguments, object? variables = null, string definitions = "")
    {
        var query = $"query{(definitions.Length == 0 ? "" : $"({definitions})")} {{ {field}(first: 100, {arguments}) {{ totalCount nodes {{ {key} }} }} }}";
        var connection = (await client.DataAsync(query, variables))[field]!;
        var keys = connection["nodes"]!.AsArray().Select(n => n![key]!.ToString()).ToList();
        Assert.Equal(keys.Count, (int)connection["totalCount"]!);
        return keys;
    }

    /// <summary>
    /// Pages through a list field <paramref name="size"/> rows at a time (first/after, or last/before when
    /// <paramref name="backward"/>) and returns every key in list order, checking each page's flags.
    /// </summary>
    public static async Task<List<string>> PageThroughAsync(this GraphQLClient client, string field, string key, string arguments, int size, bool backward = false)
    {
        var seen = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 500; page++)
        {
            var query = backward
                ? $"query($cursor: String) {{ {field}(last: {size}, before: $cursor, {arguments}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ {key} }} }} }}"
                : $"query($cursor: String) {{ {field}(first: {size}, after: $cursor, {arguments}) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ {key} }} }} }}";
            var connection = (await client.DataAsync(query, new { cursor }))[field]!;
            var pageInfo = connection["pageInfo"]!;
            var keys = connection["nodes"]!.AsArray().Select(n => n![key]!.ToString()).ToList();
            var more = (bool)pageInfo[backward ? "hasPreviousPage" : "hasNextPage"]!;
            Assert.Equal(cursor is not null, (bool)pageInfo[backward ? "hasNextPage" : "hasPreviousPage"]!);
            Assert.True(more ? keys.Count == size : keys.Count <= size, $"page {page} has {keys.Count} rows");
            seen.InsertRange(backward ? 0 : seen.Count, keys);
            if (!more)
            {
                return seen;
            }

            cursor = (string?)pageInfo[backward ? "startCursor" : "endCursor"];
        }

        throw new InvalidOperationException("paging did not end");
    }

    /// <summary>Posts a query that must fail in <paramref name="field"/>'s resolver: HTTP 200, the field null, one error.</summary>
    public static async Task<JsonObject> FieldErrorAsync(this GraphQLClient client, string field, string query, object? variables = null)
    {
        var response = await client.PostAsync(query, variables);
        Assert.Equal(200, response.Status);
        Assert.NotNull(response.Body["data"]);
        Assert.Null(response.Body["data"]![field]);
        return response.SingleError;
    }

    /// <summary>Agency codes in the default order of <c>agencies</c> (ordinal by code).</summary>
    public static string[] Codes(params string[] codes) => [.. codes.Order(StringComparer.Ordinal)];

    public static string GlobalId(string typeName, string naturalKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{naturalKey}"));

    public static string ItemId(int number) => GlobalId("PlanItem", $"{PlanKey}#{number}");
}
