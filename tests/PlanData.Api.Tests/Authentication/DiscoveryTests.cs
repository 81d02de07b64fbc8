using PlanData.Api.Authentication;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Authentication.AuthRequests;

namespace PlanData.Api.Tests.Authentication;

/// <summary>An issuer configured by its Authority alone: the issuer and keys come from its discovery document.</summary>
[Collection(RequiredAuthCollection.Name)]
public sealed class DiscoveryTests(RequiredAuthApi api)
{
    private readonly HttpClient _http = api.CreateClient();

    private TestIssuer Discovered => api.Providers.Discovered;

    [Fact]
    public async Task A_token_of_the_discovered_issuer_reads_the_data()
    {
        var token = Discovered.Token(IdentityProviders.Audience, new Dictionary<string, object> { ["sub"] = "portal", ["scope"] = "openid Plans.Read" });

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(200, response.Status);
        Assert.Equal("sub:portal", response.Client());
        Assert.Contains($"{Discovered.Issuer}/.well-known/openid-configuration", api.Providers.Backchannel.Requested);
        Assert.Contains($"{Discovered.Issuer}/discovery/keys", api.Providers.Backchannel.Requested);
    }

    [Fact]
    public async Task A_token_naming_the_issuer_but_signed_with_another_key_is_401()
    {
        var token = Discovered.Token(IdentityProviders.Audience, new Dictionary<string, object> { ["sub"] = "portal", ["scope"] = "Plans.Read" }, signWith: TestIssuer.ForgedKey(Discovered));

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(401, response.Status);
        Assert.Contains("Bearer error=\"invalid_token\", error_description=\"The token's signature is missing or not valid.\"", response.Challenges());
    }

    [Fact]
    public async Task A_token_of_another_configured_issuer_is_not_accepted_with_this_issuers_name()
    {
        // Signed by the partner, but claiming to come from the discovered issuer.
        var token = api.Providers.Partner.Token(IdentityProviders.Audience, new Dictionary<string, object> { ["sub"] = "portal", ["scope"] = "Plans.Read" }, issuer: Discovered.Issuer);

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task A_token_of_an_issuer_whose_keys_cannot_be_read_is_503_not_a_refusal()
    {
        var token = api.Providers.Unreachable.Token(IdentityProviders.Audience, new Dictionary<string, object> { ["sub"] = "portal", ["scope"] = "Plans.Read" });

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(503, response.Status);
        Assert.Equal(AccessRefusal.ProviderUnavailable, response.ErrorCode);
        Assert.Empty(response.Challenges());
        response.AssertDoesNotEcho(token);
    }
}
