using PlanData.Api.Authentication;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Authentication.AuthRequests;

namespace PlanData.Api.Tests.Authentication;

/// <summary>Auth:Mode=Required with API keys (X-Api-Key), configured only as SHA-256 hashes.</summary>
[Collection(RequiredAuthCollection.Name)]
public sealed class ApiKeyTests(RequiredAuthApi api)
{
    private const string KeyChallenge = "ApiKey header=\"X-Api-Key\", error=\"invalid_key\", error_description=\"The API key is not valid.\"";

    private readonly HttpClient _http = api.CreateClient();

    [Fact]
    public async Task A_valid_key_reads_the_data_as_its_client()
    {
        var response = await _http.SendRawAsync(Query(apiKey: IdentityProviders.GatewayKey));

        Assert.Equal(200, response.Status);
        Assert.True(response.TotalPlans() > 0);
        Assert.Equal("key:gateway", response.Client());
    }

    [Fact]
    public async Task An_unknown_key_is_401()
    {
        const string unknown = "pdk_ffffffffffffffffffffffffffffffff";

        var response = await _http.SendRawAsync(Query(apiKey: unknown));

        Assert.Equal(401, response.Status);
        Assert.Contains(KeyChallenge, response.Challenges());
        Assert.Equal(AccessRefusal.NotAuthenticated, response.ErrorCode);
        response.AssertDoesNotEcho(unknown);
    }

    [Fact]
    public async Task A_revoked_key_is_401_like_an_unknown_one()
    {
        var response = await _http.SendRawAsync(Query(apiKey: IdentityProviders.RetiredKey));

        Assert.Equal(401, response.Status);
        Assert.Contains(KeyChallenge, response.Challenges());
        Assert.Equal("The API key was refused: The API key is not valid.", response.Message());
        response.AssertDoesNotEcho(IdentityProviders.RetiredKey);
    }

    [Fact]
    public async Task The_hash_of_a_key_is_not_a_key()
    {
        var response = await _http.SendRawAsync(Query(apiKey: IdentityProviders.Sha256Hex(IdentityProviders.GatewayKey)));

        Assert.Equal(401, response.Status);
    }

    [Fact]
    public async Task A_key_header_sent_twice_is_401_even_with_a_valid_key()
    {
        using var request = Query(apiKey: IdentityProviders.GatewayKey);
        request.Headers.TryAddWithoutValidation("X-Api-Key", "pdk_second-key");

        var response = await _http.SendRawAsync(request);

        Assert.Equal(401, response.Status);
        Assert.Contains(KeyChallenge, response.Challenges());
    }

    [Fact]
    public async Task A_key_is_checked_even_beside_a_valid_token()
    {
        var response = await _http.SendRawAsync(Query(bearer: api.Providers.PartnerAppToken("Plans.Read"), apiKey: "pdk_not-a-key"));

        Assert.Equal(401, response.Status);
        Assert.Contains(KeyChallenge, response.Challenges());
    }
}
