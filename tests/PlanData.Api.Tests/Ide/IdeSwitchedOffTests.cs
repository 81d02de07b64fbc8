using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Ide;

public sealed class IdeSwitchedOffApi() : ConfiguredApiFactory(new Dictionary<string, string> { ["GraphQL:Ide:Enabled"] = "false" });

/// <summary>GraphQL:Ide:Enabled=false: no IDE routes; a browser's GET /graphql is an ordinary GraphQL GET.</summary>
public sealed class IdeSwitchedOffTests(IdeSwitchedOffApi api) : IClassFixture<IdeSwitchedOffApi>
{
    private readonly HttpClient _http = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_browser_at_the_endpoint_gets_the_GraphQL_answer_to_a_request_without_a_query()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await _http.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { "application/graphql-response+json", "application/json" });
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("bcp-config.json")]
    [InlineData("service-worker.js")]
    public async Task The_IDE_files_are_not_served(string name)
    {
        using var response = await _http.GetAsync($"/graphql/{name}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_schema_download_stays()
    {
        using var response = await _http.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType?.MediaType);
    }
}
