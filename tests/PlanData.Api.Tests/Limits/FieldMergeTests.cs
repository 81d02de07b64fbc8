using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Limits.Documents;

namespace PlanData.Api.Tests.Limits;

/// <summary>
/// GraphQL:Limits:MaxFieldMergeComparisons (100,000) and MaxFragmentVisits (200): documents that would
/// make validation compare same-named fields or side-by-side fragments without end are refused first.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FieldMergeTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task A_field_selected_447_times_over_is_validated()
    {
        // 447 × 446 / 2 = 99,681 comparisons.
        var response = await api.CreateGraphQLClient().PostAsync("{ plans { " + Repeat("totalCount ", 447) + "} }");

        response.AssertAnswered();
    }

    [Fact]
    public async Task The_448th_time_is_refused()
    {
        var error = (await api.CreateGraphQLClient().PostAsync("{ plans { " + Repeat("totalCount ", 448) + "} }")).AssertRefused();

        Assert.Equal(100_128, error.Extension("detectedFieldMergeComparisons"));
        Assert.Equal(100_000, error.Extension("allowedFieldMergeComparisons"));
        Assert.Contains("GraphQL:Limits:MaxFieldMergeComparisons", (string?)error["message"]);
    }

    [Fact]
    public async Task Fields_a_fragment_spreads_into_the_selection_count_with_it()
    {
        var query = "{ plans { " + Repeat("totalCount ", 148) + "...More } } fragment More on PlansConnection { " + Repeat("totalCount ", 300) + "}";

        var error = (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused();

        Assert.Equal(100_128, error.Extension("detectedFieldMergeComparisons"));
    }

    [Theory]
    [InlineData(199)]
    [InlineData(200)]
    public async Task Up_to_two_hundred_fragment_spreads_are_validated(int spreads)
    {
        var response = await api.CreateGraphQLClient().PostAsync(SideBySide(spreads));

        response.AssertAnswered();
    }

    [Fact]
    public async Task The_two_hundred_and_first_spread_is_refused()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(SideBySide(201))).AssertRefused();

        Assert.Equal(201, error.Extension("detectedFragmentVisits"));
        Assert.Contains("GraphQL:Limits:MaxFragmentVisits", (string?)error["message"]);
    }

    [Fact]
    public async Task Spreads_count_each_time_their_fragment_is_spread()
    {
        // Each level spreads the next one twice: 2 + 4 + ... + 256 = 510 spreads once expanded.
        var query = "{ plans { ...F0 } } "
            + string.Concat(Enumerable.Range(0, 8).Select(i => $"fragment F{i} on PlansConnection {{ ...F{i + 1} ...F{i + 1} }} "))
            + "fragment F8 on PlansConnection { totalCount }";

        var error = (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused();

        Assert.Equal(511, error.Extension("detectedFragmentVisits"));
    }

    /// <summary>Distinct fragments spread side by side in one selection set, each selecting totalCount.</summary>
    private static string SideBySide(int spreads) =>
        "{ plans { " + string.Concat(Enumerable.Range(0, spreads).Select(i => $"...F{i} ")) + "} } "
        + string.Concat(Enumerable.Range(0, spreads).Select(i => $"fragment F{i} on PlansConnection {{ totalCount }} "));
}
