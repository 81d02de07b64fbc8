using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Filtering;

/// <summary>
/// A `where` or `order` with thousands of objects once overflowed the stack of the expression visitors and
/// killed the process (found by the hostile-input test); now it is refused with FILTER_TOO_COMPLEX.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FilterSizeTests(PlanDataApiFactory api)
{
    private static string Ors(int count) => string.Join(", ", Enumerable.Repeat("{ number: { gte: 1 } }", count));

    [Fact]
    public async Task A_where_of_500_objects_is_answered() =>
        // The where object, its `or` entries and each entry's operation object: 1 + 2 × 249 = 499.
        Assert.Equal(SeedQueries.AllItems, await api.CreateGraphQLClient().ItemsAsync($"where: {{ or: [{Ors(249)}] }}, asOf: \"2022-03-10\""));

    [Fact]
    public async Task A_where_of_more_than_500_objects_is_FILTER_TOO_COMPLEX()
    {
        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", $"{{ planItems(where: {{ or: [{Ors(251)}] }}) {{ nodes {{ number }} }} }}");

        Assert.Equal("FILTER_TOO_COMPLEX", (string?)error["extensions"]!["code"]);
        Assert.Equal(500, (int?)error["extensions"]!["maxObjects"]);
    }

    [Fact]
    public async Task An_order_of_more_than_20_keys_is_FILTER_TOO_COMPLEX()
    {
        var keys = string.Join(", ", Enumerable.Repeat("{ number: ASC }", 21));
        var error = await api.CreateGraphQLClient().FieldErrorAsync("planItems", $"{{ planItems(order: [{keys}]) {{ nodes {{ number }} }} }}");

        Assert.Equal("FILTER_TOO_COMPLEX", (string?)error["extensions"]!["code"]);
        Assert.Equal(20, (int?)error["extensions"]!["maxObjects"]);
    }
}
