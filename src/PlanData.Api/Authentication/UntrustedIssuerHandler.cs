using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace PlanData.Api.Authentication;

/// <summary>
/// A bearer token whose <c>iss</c> no configured issuer answers for: refused as such, without fetching
/// keys for it or letting another issuer's handler report a misleading signature failure.
/// </summary>
public sealed class UntrustedIssuerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Fail(new SecurityTokenInvalidIssuerException("No configured issuer answers for the token's issuer.")));
}
