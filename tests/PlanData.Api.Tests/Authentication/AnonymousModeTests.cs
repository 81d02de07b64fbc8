using Microsoft.Extensions.Logging;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Authentication.AuthRequests;

namespace PlanData.Api.Tests.Authentication;

/// <summary>
/// Auth:Mode=Anonymous (the default): anyone reads, but a credential that is sent is still checked
/// (a wrong one is 401, so a misconfigured client learns it at once) and names the client.
/// </summary>
public sealed class AnonymousModeTests(AnonymousAuthApi api) : IClassFixture<AnonymousAuthApi>
{
    private readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task A_request_without_credentials_reads_the_data()
    {
        var response = await _http.SendRawAsync(Query());

        Assert.Equal(200, response.Status);
        Assert.True(response.TotalPlans() > 0);
        Assert.StartsWith("ip:", response.Client());
    }

    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql?query=%7Bplans%7BtotalCount%7D%7D")]
    public async Task Public_answers_stay_public(string url)
    {
        var response = await _http.SendRawAsync(Get(url));

        Assert.Equal(200, response.Status);
        Assert.Contains("public", response.CacheControl);
    }

    [Fact]
    public async Task A_valid_key_names_the_client()
    {
        var response = await _http.SendRawAsync(Query(apiKey: IdentityProviders.GatewayKey));

        Assert.Equal(200, response.Status);
        Assert.Equal("key:gateway", response.Client());
    }

    [Fact]
    public async Task A_valid_token_names_the_client_even_without_Plans_Read()
    {
        var response = await _http.SendRawAsync(Query(bearer: api.Providers.PartnerUserToken("openid")));

        Assert.Equal(200, response.Status);
        Assert.Equal("sub:user-42", response.Client());
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var now = DateTime.UtcNow;
        var token = api.Providers.Partner.Token(IdentityProviders.Audience, notBefore: now.AddHours(-2), expires: now.AddHours(-1));

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(401, response.Status);
        Assert.Contains("Bearer error=\"invalid_token\", error_description=\"The token has expired.\"", response.Challenges());
        response.AssertDoesNotEcho(token);
    }

    [Fact]
    public async Task An_unknown_key_is_401()
    {
        var response = await _http.SendRawAsync(Query(apiKey: "pdk_typo"));

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task A_header_of_another_scheme_is_not_a_credential()
    {
        using var request = Query();
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        var response = await _http.SendRawAsync(request);

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public void The_start_warns_loudly_that_anyone_can_read()
    {
        Assert.Contains(api.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Text.StartsWith("Authentication is OFF (Auth:Mode=Anonymous): anyone who can reach /graphql can read.", StringComparison.Ordinal));
    }
}
