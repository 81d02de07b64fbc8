using PlanData.Api.Authentication;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Authentication.AuthRequests;

namespace PlanData.Api.Tests.Authentication;

/// <summary>
/// Entra ID through Microsoft.Identity.Web (AzureAd:Instance/TenantId/ClientId), its discovery document
/// and keys served by a fake instance: app tokens with the app role, user tokens with the scope.
/// </summary>
[Collection(RequiredAuthCollection.Name)]
public sealed class EntraIdTests(RequiredAuthApi api)
{
    private readonly HttpClient _http = api.CreateClient();

    private IdentityProviders Providers => api.Providers;

    [Fact]
    public async Task An_application_token_with_the_app_role_reads_the_data()
    {
        var response = await _http.SendRawAsync(Query(bearer: Providers.EntraAppToken("Plans.Read")));

        Assert.Equal(200, response.Status);
        Assert.True(response.TotalPlans() > 0);
    }

    [Fact]
    public async Task A_user_token_with_the_delegated_scope_reads_the_data()
    {
        var response = await _http.SendRawAsync(Query(bearer: Providers.EntraUserToken("Plans.Read")));

        Assert.Equal(200, response.Status);
        Assert.True(response.TotalPlans() > 0);
    }

    [Fact]
    public async Task A_token_without_the_role_or_scope_is_403_not_401()
    {
        var response = await _http.SendRawAsync(Query(bearer: Providers.EntraUserToken("User.Read")));

        Assert.Equal(403, response.Status);
        Assert.Equal(AccessRefusal.NotAuthorized, response.ErrorCode);
    }

    [Fact]
    public async Task A_token_for_another_application_is_401()
    {
        var response = await _http.SendRawAsync(Query(bearer: Providers.EntraUserToken("Plans.Read", audience: Guid.NewGuid().ToString())));

        Assert.Equal(401, response.Status);
        Assert.Contains("Bearer error=\"invalid_token\", error_description=\"The token was not issued for this API (wrong audience).\"", response.Challenges());
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_tenant_does_not_publish_is_401()
    {
        var token = Providers.Entra.Token(Providers.EntraClientId, new Dictionary<string, object> { ["tid"] = Providers.EntraTenantId, ["ver"] = "2.0", ["scp"] = "Plans.Read" }, signWith: TestIssuer.ForgedKey(Providers.Entra));

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(401, response.Status);
        Assert.Contains("Bearer error=\"invalid_token\", error_description=\"The token's signature is missing or not valid.\"", response.Challenges());
    }

    [Fact]
    public async Task A_token_of_another_tenant_is_401()
    {
        var otherTenant = Guid.NewGuid().ToString();
        var token = Providers.Entra.Token(
            Providers.EntraClientId,
            new Dictionary<string, object> { ["tid"] = otherTenant, ["ver"] = "2.0", ["scp"] = "Plans.Read" },
            issuer: $"{Providers.EntraInstance}{otherTenant}/v2.0");

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(401, response.Status);
        Assert.Contains("Bearer error=\"invalid_token\", error_description=\"The token's issuer is not trusted.\"", response.Challenges());
    }

    [Fact]
    public async Task The_keys_come_from_the_instance_discovery_document()
    {
        await _http.SendRawAsync(Query(bearer: Providers.EntraAppToken("Plans.Read")));

        Assert.Contains($"{Providers.Entra.Issuer}/.well-known/openid-configuration", Providers.Backchannel.Requested);
        Assert.Contains($"{Providers.Entra.Issuer}/discovery/keys", Providers.Backchannel.Requested);
    }
}
