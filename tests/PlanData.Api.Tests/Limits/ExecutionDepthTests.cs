using PlanData.Api.Tests.Infrastructure;
using static PlanData.Api.Tests.Limits.Documents;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Limits;

/// <summary>GraphQL:Limits:MaxExecutionDepth, 12 by default: deeper operations are refused before they run.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExecutionDepthTests(PlanDataApiFactory api)
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task An_operation_up_to_twelve_fields_deep_runs(int depth)
    {
        var response = await api.CreateGraphQLClient().PostAsync(AgencyChain(depth));

        response.AssertAnswered();
        Assert.Equal("Sở Thông tin và Truyền thông", (string?)response.Body["data"]!["agency"]!["name"]);
    }

    [Fact]
    public async Task Thirteen_fields_deep_is_refused_with_hot_chocolates_message_and_extensions()
    {
        var response = await api.CreateGraphQLClient().PostAsync(AgencyChain(13));

        var error = response.AssertRefused();
        Assert.Equal(
            "The GraphQL document has an execution depth of 13 which exceeds the max allowed execution depth of 12 (the setting GraphQL:Limits:MaxExecutionDepth).",
            (string?)error["message"]);
        Assert.Equal(12, error.Extension("allowedExecutionDepth"));
        Assert.Equal(13, error.Extension("detectedExecutionDepth"));
        Assert.Equal(1, (int?)error["locations"]![0]!["line"]);
    }

    [Fact]
    public async Task Fields_inside_fragments_count_where_the_fragments_are_spread()
    {
        const string query = """
            { agency(code: "quang-ngai/so-tttt") { ...Up } }
            fragment Up on Agency { parent { parent { parent { parent { ...Further } } } } }
            fragment Further on Agency { parent { parent { parent { ... on Agency { parent { parent { parent { parent { name } } } } } } } } }
            """;

        var error = (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused();

        Assert.Equal(13, error.Extension("detectedExecutionDepth"));
    }

    [Fact]
    public async Task Under_application_json_the_refusal_is_a_200_like_any_request_error()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query = AgencyChain(13) });

        var response = await api.CreateClient().SendRawAsync(Post(body, accept: "application/json"));

        Assert.Equal(200, response.Status);
        Assert.Equal(13, response.SingleError.Extension("detectedExecutionDepth"));
        Assert.False(response.Json.ContainsKey("data"));
    }
}
