using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace PlanData.Api.Authentication;

/// <summary>Entra ID tokens through Microsoft.Identity.Web, configured by the "AzureAd" section.</summary>
public static class EntraIdScheme
{
    public static AuthenticationBuilder AddEntraId(this AuthenticationBuilder authentication, IConfiguration configuration, AuthOptions options)
    {
        authentication.AddMicrosoftIdentityWebApi(configuration.GetSection(AuthOptions.EntraSection), PlanAuthenticationSchemes.EntraId);
        authentication.Services.Configure<MicrosoftIdentityOptions>(PlanAuthenticationSchemes.EntraId, entra =>
        {
            // Identity.Web would refuse a token without roles or scopes as unauthenticated (401); the
            // policy refuses it as not authorized (403), as it does for every issuer.
            entra.AllowWebApiToBeAuthorizedByACL = true;
        });
        authentication.Services.Configure<JwtBearerOptions>(PlanAuthenticationSchemes.EntraId, jwt => TokenRules.Apply(jwt.TokenValidationParameters, options));
        return authentication;
    }
}
