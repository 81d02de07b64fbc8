using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Limits.IntrospectionQueries;

namespace PlanData.Api.Tests.Limits;

/// <summary>
/// GraphQL:Limits:MaxIntrospectionListDepth (3) and MaxIntrospectionOfTypeDepth (16): Hot Chocolate's
/// introspection depth rule, HC0086. The query introspection clients send passes.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IntrospectionDepthTests(PlanDataApiFactory api)
{
    [Fact]
    public async Task The_introspection_query_of_graphql_js_runs()
    {
        // Deeper than the execution depth limit: introspection fields have limits of their own.
        var response = await api.CreateGraphQLClient().PostAsync(GraphqlJs);

        response.AssertAnswered();
        var schema = response.Body["data"]!["__schema"]!;
        Assert.Equal("Query", (string?)schema["queryType"]!["name"]);
        Assert.Contains(schema["types"]!.AsArray(), t => (string?)t!["name"] == "PlanItem");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Fields_of_fields_may_repeat_three_times(int times)
    {
        var response = await api.CreateGraphQLClient().PostAsync(FieldsOfFields(times));

        response.AssertAnswered();
    }

    [Fact]
    public async Task A_fourth_repetition_is_refused_with_hc0086()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(FieldsOfFields(4))).AssertRefused();

        Assert.Equal("HC0086", error.Code());
        Assert.Equal(
            "Maximum allowed introspection depth exceeded: `fields` repeats more often than the setting GraphQL:Limits:MaxIntrospectionListDepth allows.",
            (string?)error["message"]);
        Assert.NotNull(error["locations"]);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    public async Task Of_type_may_repeat_sixteen_times(int times)
    {
        var response = await api.CreateGraphQLClient().PostAsync(OfTypes(times));

        response.AssertAnswered();
    }

    [Fact]
    public async Task A_seventeenth_of_type_is_refused_with_hc0086()
    {
        var error = (await api.CreateGraphQLClient().PostAsync(OfTypes(17))).AssertRefused();

        Assert.Equal("HC0086", error.Code());
        Assert.Contains("GraphQL:Limits:MaxIntrospectionOfTypeDepth", (string?)error["message"]);
    }

    [Fact]
    public async Task Repetitions_through_fragments_count()
    {
        const string query = """
            { __schema { types { ...Twice } } }
            fragment Twice on __Type { fields { type { ...Once } } }
            fragment Once on __Type { fields { type { inputFields { name } ... on __Type { fields { type { fields { name } } } } } } }
            """;

        var error = (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused();

        Assert.Equal("HC0086", error.Code());
    }

    [Theory]
    [InlineData("PlanFilterInput", "inputFields { name type { ", " } }", 3, false)]
    [InlineData("PlanFilterInput", "inputFields { name type { ", " } }", 4, true)]
    [InlineData("Node", "possibleTypes { name ", " }", 3, false)]
    [InlineData("Node", "possibleTypes { name ", " }", 4, true)]
    [InlineData("Plan", "interfaces { name ", " }", 4, true)]
    public async Task Every_recursive_list_of_a_type_has_the_same_limit(string type, string open, string close, int times, bool refused)
    {
        var query = $"{{ __type(name: \"{type}\") {{ " + Documents.Repeat(open, times) + "kind" + Documents.Repeat(close, times) + " } }";

        var response = await api.CreateGraphQLClient().PostAsync(query);

        if (refused)
        {
            Assert.Equal("HC0086", response.AssertRefused().Code());
        }
        else
        {
            response.AssertAnswered();
        }
    }
}
