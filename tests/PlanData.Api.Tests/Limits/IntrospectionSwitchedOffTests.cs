using System.Net;
using System.Text.Json.Nodes;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Transport.RawHttp;

namespace PlanData.Api.Tests.Limits;

public sealed class IntrospectionOffApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["GraphQL:Introspection:Enabled"] = "false" });

/// <summary>GraphQL:Introspection:Enabled=false: __schema and __type are HC0046, __typename works, the SDL is not served.</summary>
public sealed class IntrospectionSwitchedOffTests(IntrospectionOffApi api) : IClassFixture<IntrospectionOffApi>
{
    public static TheoryData<string, string> Introspection => new()
    {
        { "{ __schema { queryType { name } } }", "__schema" },
        { "{ __type(name: \"Plan\") { name } }", "__type" },
        { "{ plans { totalCount } ...Schema } fragment Schema on Query { __schema { types { name } } }", "__schema" },
        { IntrospectionQueries.GraphqlJs, "__schema" },
    };

    [Theory]
    [MemberData(nameof(Introspection))]
    public async Task Introspection_is_refused_with_hc0046(string query, string field)
    {
        var error = (await api.CreateGraphQLClient().PostAsync(query)).AssertRefused();

        Assert.Equal("HC0046", error.Code());
        Assert.Equal("Introspection is not allowed for the current request. It is switched off by the setting GraphQL:Introspection:Enabled.", (string?)error["message"]);
        Assert.Equal(field, (string?)error["extensions"]!["field"]);
        Assert.NotNull(error["locations"]);
    }

    [Fact]
    public async Task Typename_still_works()
    {
        var response = await api.CreateGraphQLClient().PostAsync("{ __typename plans { __typename totalCount } }");

        response.AssertAnswered();
        Assert.Equal("Query", (string?)response.Body["data"]!["__typename"]);
        Assert.Equal("PlansConnection", (string?)response.Body["data"]!["plans"]!["__typename"]);
    }

    [Fact]
    public async Task Under_application_json_the_refusal_is_a_200()
    {
        var response = await api.CreateClient().SendRawAsync(Post("{\"query\":\"{ __schema { queryType { name } } }\"}", accept: "application/json"));

        Assert.Equal(200, response.Status);
        Assert.Equal("HC0046", response.ErrorCode);
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/schema.graphql")]
    public async Task The_schema_is_not_downloaded(string url)
    {
        using var response = await api.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!.AsObject();
        Assert.Equal("HC0046", error.Code());
        Assert.DoesNotContain("type Query", error.ToJsonString());
    }
}
