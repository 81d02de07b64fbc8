using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.Authentication.AuthRequests;

namespace PlanData.Api.Tests.Authentication;

/// <summary>Tokens and keys, accepted or refused, never reach the logs (JwtBearer logs failures at Information, with the exception).</summary>
[Collection(RequiredAuthCollection.Name)]
public sealed class LogHygieneTests(RequiredAuthApi api)
{
    [Fact]
    public async Task No_token_or_key_appears_in_any_log_entry()
    {
        var http = api.CreateClient();
        var providers = api.Providers;
        var now = DateTime.UtcNow;
        var valid = providers.PartnerAppToken("Plans.Read");
        string[] tokens =
        [
            valid,
            providers.EntraAppToken("Plans.Read"),
            providers.Partner.Token(IdentityProviders.Audience, notBefore: now.AddHours(-2), expires: now.AddHours(-1)),
            providers.Partner.Token("api://another-api"),
            providers.Partner.Token(IdentityProviders.Audience, signWith: TestIssuer.ForgedKey(providers.Partner)),
            TestIssuer.AlgNone(valid),
            TestIssuer.Unsigned(valid),
            providers.Entra.Token(providers.EntraClientId, signWith: TestIssuer.ForgedKey(providers.Entra)),
            "opaque-access-token-fedcba9876543210",
        ];
        string[] keys = [IdentityProviders.GatewayKey, IdentityProviders.RetiredKey, "pdk_unknown_5c1e0f3a9b7d4e28"];
        foreach (var token in tokens)
        {
            await http.SendRawAsync(Query(bearer: token));
        }

        foreach (var key in keys)
        {
            await http.SendRawAsync(Query(apiKey: key));
        }

        var logs = string.Join("\n", api.Logs.Entries.Select(e => $"{e.Category} {e.Text}"));
        Assert.Contains("Microsoft.AspNetCore.Authentication", logs);
        Assert.Contains("revoked API key of client retired", logs);
        Assert.Contains("Refused the BearerToken of a request to /graphql: The token has expired.", logs);
        foreach (var secret in tokens.Concat(keys))
        {
            foreach (var part in secret.Split('.').Where(p => p.Length >= 16).Append(secret))
            {
                Assert.DoesNotContain(part, logs, StringComparison.Ordinal);
            }
        }
    }
}
