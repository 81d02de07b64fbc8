using Microsoft.Extensions.Configuration;
using PlanData.Api.Authentication;

namespace PlanData.Api.Tests.Authentication;

/// <summary>Settings that would let no one in, or anyone, stop the start with a message naming the key.</summary>
public sealed class AuthOptionsValidationTests
{
    private static readonly TestIssuer _issuer = new("https://issuer.plan-data.test", "k1");

    [Fact]
    public void Anonymous_mode_needs_nothing_configured()
    {
        Assert.Empty(Problems([]));
    }

    [Fact]
    public void A_complete_configuration_passes()
    {
        Assert.Empty(Problems(new IdentityProviders().Settings(AuthMode.Required)));
    }

    [Fact]
    public void Required_mode_with_only_revoked_keys_lets_no_one_in()
    {
        var problems = Problems(new()
        {
            ["Auth:Mode"] = "Required",
            ["Auth:ApiKeys:0:Client"] = "old",
            ["Auth:ApiKeys:0:Hash"] = IdentityProviders.Sha256Hex("k"),
            ["Auth:ApiKeys:0:Revoked"] = "true",
        });

        Assert.Contains(problems, p => p.StartsWith("Auth:Mode is Required but no way to authenticate is configured", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pdk_the-key-itself")]
    [InlineData("9f2c41d07b6e4a3f8d15c0e2a7b39c64")]
    [InlineData("zz2c41d07b6e4a3f8d15c0e2a7b39c649f2c41d07b6e4a3f8d15c0e2a7b39c64")]
    public void An_api_key_hash_must_be_a_sha256_hex_digest(string hash)
    {
        var problems = Problems(new() { ["Auth:ApiKeys:0:Client"] = "gateway", ["Auth:ApiKeys:0:Hash"] = hash });

        Assert.Contains(problems, p => p.StartsWith("Auth:ApiKeys:0:Hash is not a SHA-256 hex digest", StringComparison.Ordinal));
    }

    [Fact]
    public void An_api_key_names_its_client()
    {
        var problems = Problems(new() { ["Auth:ApiKeys:0:Hash"] = IdentityProviders.Sha256Hex("k") });

        Assert.Contains("Auth:ApiKeys:0:Client is empty: name the client the key was issued to.", problems);
    }

    [Fact]
    public void An_issuer_needs_an_audience()
    {
        var problems = Problems(Issuer(("Issuer", _issuer.Issuer), ("SigningKeys", _issuer.Jwks)));

        Assert.Contains("Auth:JwtIssuers:0:Audience is empty: a token must be meant for this API.", problems);
    }

    [Fact]
    public void An_issuer_with_explicit_keys_names_the_accepted_iss()
    {
        var problems = Problems(Issuer(("Audience", "api://x"), ("SigningKeys", _issuer.Jwks)));

        Assert.Contains("Auth:JwtIssuers:0:Issuer is empty: without an Authority, name the accepted `iss` values.", problems);
    }

    [Fact]
    public void An_issuer_has_either_an_authority_or_signing_keys()
    {
        var problems = Problems(Issuer(("Audience", "api://x"), ("Authority", "https://login.example.com"), ("SigningKeys", _issuer.Jwks)));

        Assert.Contains(problems, p => p.StartsWith("Auth:JwtIssuers:0: set either Authority", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"keys\":[]}")]
    [InlineData("{\"keys\":")]
    [InlineData("-----BEGIN PUBLIC KEY-----")]
    public void Signing_keys_must_hold_a_key(string signingKeys)
    {
        var problems = Problems(Issuer(("Audience", "api://x"), ("Issuer", _issuer.Issuer), ("SigningKeys", signingKeys)));

        Assert.Contains(problems, p => p.StartsWith("Auth:JwtIssuers:0:SigningKeys is neither a URL nor a JWKS document", StringComparison.Ordinal));
    }

    [Fact]
    public void Discovery_over_plain_http_must_be_allowed_explicitly()
    {
        var problems = Problems(Issuer(("Audience", "api://x"), ("Authority", "http://idp.internal/realms/plans")));

        Assert.Contains(problems, p => p.StartsWith("Auth:JwtIssuers:0:Authority must use https", StringComparison.Ordinal));
    }

    [Fact]
    public void Identity_Web_PII_logging_stays_off()
    {
        var problems = Problems(new() { ["AzureAd:ClientId"] = Guid.NewGuid().ToString(), ["AzureAd:EnablePiiLogging"] = "true" });

        Assert.Contains(problems, p => p.StartsWith("AzureAd:EnablePiiLogging must stay false", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Issuer(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => $"Auth:JwtIssuers:0:{s.Key}", s => s.Value).Append(new("Auth:JwtIssuers:0:Name", "partner")).ToDictionary();

    private static IReadOnlyList<string> Problems(Dictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings!).Build();
        var result = new AuthOptionsValidation(configuration).Validate(null, AuthOptions.From(configuration));
        return [.. result.Failures ?? []];
    }
}
