using PlanData.Api.Authentication;
using PlanData.Api.Tests.TrustedOperations;
using PlanData.Api.Tests.Transport;
using Microsoft.AspNetCore.Mvc.Testing;
using static PlanData.Api.Tests.Authentication.AuthRequests;

namespace PlanData.Api.Tests.Authentication;

/// <summary>Auth:Mode=Required covers everything under /graphql, and nothing else.</summary>
[Collection(RequiredAuthCollection.Name)]
public sealed class RequiredRoutesTests(RequiredAuthApi api)
{
    private readonly HttpClient _http = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static TheoryData<string, string?> ProtectedGets => new()
    {
        { "/graphql?query=%7Bplans%7BtotalCount%7D%7D", null },
        { "/graphql?sdl", null },
        { "/graphql/schema.graphql", null },
        { "/graphql/", "text/html" },
        { "/graphql/bcp-config.json", null },
        { "/graphql", "text/html,application/xhtml+xml" },
        { $"/graphql/persisted/{TrustedOperationFiles.IdOf("PlanOverview")}", null },
    };

    [Theory]
    [MemberData(nameof(ProtectedGets))]
    public async Task Without_credentials_it_is_401(string url, string? accept)
    {
        var response = await _http.SendRawAsync(Get(url, accept: accept));

        Assert.Equal(401, response.Status);
        Assert.Equal(AccessRefusal.NotAuthenticated, response.ErrorCode);
        Assert.NotEmpty(response.Challenges());
    }

    [Theory]
    [MemberData(nameof(ProtectedGets))]
    public async Task With_an_API_key_it_is_answered(string url, string? accept)
    {
        var response = await _http.SendRawAsync(Get(url, apiKey: IdentityProviders.GatewayKey, accept: accept));

        Assert.InRange(response.Status, 200, 301);
        Assert.Empty(response.Challenges());
    }

    [Fact]
    public async Task The_schema_is_downloaded_with_a_token()
    {
        var response = await _http.SendRawAsync(Get("/graphql?sdl", bearer: api.Providers.PartnerAppToken("Plans.Read")));

        Assert.Equal(200, response.Status);
        Assert.Contains("type Query", response.Text);
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql?query=%7Bplans%7BtotalCount%7D%7D")]
    [InlineData("/graphql/persisted/{PlanOverview}")]
    public async Task What_only_authorized_callers_read_is_not_left_to_shared_caches(string url)
    {
        var response = await _http.SendRawAsync(Get(url.Replace("{PlanOverview}", TrustedOperationFiles.IdOf("PlanOverview")), apiKey: IdentityProviders.GatewayKey));

        Assert.Equal(200, response.Status);
        Assert.Contains("private", response.CacheControl);
        Assert.DoesNotContain("public", response.CacheControl);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task The_health_probes_need_no_credentials(string url)
    {
        var response = await _http.SendRawAsync(Get(url));

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Challenges());
    }

    [Fact]
    public async Task A_path_outside_graphql_does_not_look_at_credentials()
    {
        var response = await _http.SendRawAsync(Get("/healthz", bearer: "not-a-token"));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task A_CORS_preflight_is_not_challenged()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://dashboard.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");

        var response = await _http.SendRawAsync(preflight);

        Assert.NotEqual(401, response.Status);
        Assert.NotEqual(403, response.Status);
        Assert.Empty(response.Challenges());
    }

    [Fact]
    public async Task An_OPTIONS_request_that_is_no_preflight_is_challenged()
    {
        var response = await _http.SendRawAsync(new HttpRequestMessage(HttpMethod.Options, "/graphql"));

        Assert.Equal(401, response.Status);
    }
}
