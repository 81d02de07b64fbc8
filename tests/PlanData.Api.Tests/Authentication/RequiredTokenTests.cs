using PlanData.Api.Authentication;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Authentication.AuthRequests;

namespace PlanData.Api.Tests.Authentication;

/// <summary>Auth:Mode=Required with bearer tokens: what is refused, with which status, challenge and reason.</summary>
[Collection(RequiredAuthCollection.Name)]
public sealed class RequiredTokenTests(RequiredAuthApi api)
{
    private readonly HttpClient _http = api.CreateClient();

    private IdentityProviders Providers => api.Providers;

    [Fact]
    public async Task Without_credentials_it_is_401_with_a_challenge_for_each_way_in()
    {
        var response = await _http.SendRawAsync(Query());

        Assert.Equal(401, response.Status);
        Assert.Equal(["Bearer", "ApiKey header=\"X-Api-Key\""], response.Challenges());
        Assert.Equal(AccessRefusal.NotAuthenticated, response.ErrorCode);
        Assert.Contains("Authorization: Bearer", response.Message());
        Assert.Equal(RawHttp.GraphQLResponseJson, response.MediaType);
        Assert.False(response.Json.ContainsKey("data"));
        Assert.Equal("no-store", response.CacheControl);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(RawHttp.GraphQLResponseJson)]
    public async Task The_refusal_comes_in_the_media_type_the_client_accepts(string accept)
    {
        var response = await _http.SendRawAsync(Query(accept: accept));

        Assert.Equal(401, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(AccessRefusal.NotAuthenticated, response.ErrorCode);
    }

    [Theory]
    [InlineData("expired", "The token has expired.")]
    [InlineData("expired two minutes ago", "The token has expired.")]
    [InlineData("not yet valid", "The token is not valid yet.")]
    [InlineData("without expiry", "The token has no expiry time.")]
    [InlineData("for another audience", "The token was not issued for this API (wrong audience).")]
    [InlineData("from an untrusted issuer", "The token's issuer is not trusted.")]
    [InlineData("signed with another key", "The token's signature is missing or not valid.")]
    [InlineData("with alg none", "The token's signature is missing or not valid.")]
    [InlineData("with its signature cut off", "The token's signature is missing or not valid.")]
    [InlineData("that is not a JWT", "The token is malformed.")]
    public async Task A_refused_token_is_401_invalid_token_with_the_reason(string token, string reason)
    {
        var refused = RefusedToken(token);

        var response = await _http.SendRawAsync(Query(bearer: refused));

        Assert.Equal(401, response.Status);
        Assert.Contains($"Bearer error=\"invalid_token\", error_description=\"{reason}\"", response.Challenges());
        Assert.Equal(AccessRefusal.NotAuthenticated, response.ErrorCode);
        Assert.Equal($"The bearer token was refused: {reason}", response.Message());
        response.AssertDoesNotEcho(refused);
    }

    [Fact]
    public async Task A_valid_token_without_Plans_Read_is_403()
    {
        var token = Providers.PartnerAppToken("Reports.Read");

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(403, response.Status);
        Assert.Equal(AccessRefusal.NotAuthorized, response.ErrorCode);
        Assert.Contains("Bearer error=\"insufficient_scope\"", Assert.Single(response.Challenges()));
        Assert.Contains("scope=\"Plans.Read\"", Assert.Single(response.Challenges()));
        response.AssertDoesNotEcho(token);
    }

    [Fact]
    public async Task A_user_token_whose_scopes_only_resemble_Plans_Read_is_403()
    {
        var response = await _http.SendRawAsync(Query(bearer: Providers.PartnerUserToken("Plans.ReadWrite plans.read Plans")));

        Assert.Equal(403, response.Status);
    }

    [Fact]
    public async Task An_application_token_with_the_app_role_reads_the_data()
    {
        var response = await _http.SendRawAsync(Query(bearer: Providers.PartnerAppToken("Plans.Read")));

        Assert.Equal(200, response.Status);
        Assert.True(response.TotalPlans() > 0);
        Assert.Equal("sub:partner-client-1", response.Client());
    }

    [Fact]
    public async Task A_user_token_with_the_delegated_scope_reads_the_data()
    {
        var response = await _http.SendRawAsync(Query(bearer: Providers.PartnerUserToken("openid Plans.Read profile")));

        Assert.Equal(200, response.Status);
        Assert.True(response.TotalPlans() > 0);
        Assert.Equal("sub:user-42", response.Client());
    }

    [Fact]
    public async Task A_token_with_the_scope_in_a_scope_claim_reads_the_data()
    {
        var token = Providers.Partner.Token(IdentityProviders.Audience, new Dictionary<string, object> { ["sub"] = "svc", ["scope"] = "Plans.Read" });

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task A_token_a_few_seconds_past_its_expiry_is_still_accepted_within_the_clock_skew()
    {
        var now = DateTime.UtcNow;
        var token = Providers.Partner.Token(IdentityProviders.Audience, new Dictionary<string, object> { ["sub"] = "svc", ["roles"] = "Plans.Read" }, notBefore: now.AddMinutes(-5), expires: now.AddSeconds(-5));

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task A_token_from_the_issuer_with_a_JWKS_url_reads_the_data()
    {
        var token = Providers.KeysUrl.Token(IdentityProviders.Audience, new Dictionary<string, object> { ["sub"] = "keys-client", ["roles"] = new[] { "Plans.Read" } });

        var response = await _http.SendRawAsync(Query(bearer: token));

        Assert.Equal(200, response.Status);
        Assert.Equal("sub:keys-client", response.Client());
    }

    private string RefusedToken(string name)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = "partner-client-1", ["roles"] = new[] { "Plans.Read" } };
        var partner = Providers.Partner;
        return name switch
        {
            "expired" => partner.Token(IdentityProviders.Audience, claims, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "expired two minutes ago" => partner.Token(IdentityProviders.Audience, claims, notBefore: now.AddHours(-1), expires: now.AddMinutes(-2)),
            "not yet valid" => partner.Token(IdentityProviders.Audience, claims, notBefore: now.AddMinutes(10), expires: now.AddHours(1)),
            "without expiry" => partner.Token(IdentityProviders.Audience, claims, withExpiry: false),
            "for another audience" => partner.Token("api://another-api", claims),
            "from an untrusted issuer" => partner.Token(IdentityProviders.Audience, claims, issuer: "https://idp.example.com"),
            "signed with another key" => partner.Token(IdentityProviders.Audience, claims, signWith: TestIssuer.ForgedKey(partner)),
            "with alg none" => TestIssuer.AlgNone(partner.Token(IdentityProviders.Audience, claims)),
            "with its signature cut off" => TestIssuer.Unsigned(partner.Token(IdentityProviders.Audience, claims)),
            "that is not a JWT" => "opaque-access-token-0123456789abcdef",
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }
}
