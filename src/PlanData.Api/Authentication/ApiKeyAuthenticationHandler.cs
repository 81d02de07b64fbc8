using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Authentication;

/// <summary>
/// An API key in a header (X-Api-Key), for gateways that hand out a key per application. A key is
/// issued for reading plans: its principal holds Plans.Read and names its client.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    /// <summary>The same for an unknown and a revoked key: the answer does not tell which keys ever existed.</summary>
    public const string Rejected = "The API key is not valid.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Options.Header, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (values is not [{ Length: > 0 } key])
        {
            return Task.FromResult(AuthenticateResult.Fail(Rejected));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        IssuedApiKey? match = null;
        foreach (var issued in Options.Keys)
        {
            // Every entry is compared in full, so the time taken tells nothing about the stored hashes.
            if (CryptographicOperations.FixedTimeEquals(hash, issued.Hash))
            {
                match ??= issued;
            }
        }

        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail(Rejected));
        }

        if (match.Revoked)
        {
            Logger.LogWarning("A revoked API key of client {Client} was presented.", match.Client);
            return Task.FromResult(AuthenticateResult.Fail(Rejected));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClientIdentity.ApiKeyClientClaim, match.Client),
                new Claim(ClaimTypes.Name, match.Client),
                new Claim("roles", PlansReadPolicy.Permission),
            ],
            Scheme.Name,
            ClaimTypes.Name,
            "roles");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
