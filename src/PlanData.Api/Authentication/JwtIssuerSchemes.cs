using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace PlanData.Api.Authentication;

/// <summary>One JwtBearer scheme per configured issuer (Auth:JwtIssuers).</summary>
public static class JwtIssuerSchemes
{
    public static AuthenticationBuilder AddJwtIssuers(this AuthenticationBuilder authentication, AuthOptions options)
    {
        foreach (var issuer in options.JwtIssuers)
        {
            var scheme = PlanAuthenticationSchemes.ForIssuer(issuer.Name);
            authentication.AddJwtBearer(scheme, jwt => Configure(jwt, issuer, options));
            if (!issuer.UsesDiscovery && issuer.SigningKeysIsUrl)
            {
                // After JwtBearer's own post-configuration, so that a test's backchannel handler is in place.
                authentication.Services.AddOptions<JwtBearerOptions>(scheme)
                    .PostConfigure(jwt => jwt.ConfigurationManager ??= JwksRetriever.Manager(issuer.SigningKeys!.Trim(), jwt));
            }
        }

        return authentication;
    }

    private static void Configure(JwtBearerOptions jwt, JwtIssuerSettings issuer, AuthOptions options)
    {
        // Claims keep the names they have in the token: `sub` stays `sub` (ClientIdentity), `roles` stays `roles`.
        jwt.MapInboundClaims = false;
        jwt.RequireHttpsMetadata = issuer.RequireHttpsMetadata;
        if (issuer.UsesDiscovery)
        {
            jwt.Authority = NullIfBlank(issuer.Authority);
            jwt.MetadataAddress = NullIfBlank(issuer.MetadataAddress)!;
        }

        var parameters = jwt.TokenValidationParameters;
        TokenRules.Apply(parameters, options);
        parameters.ValidAudiences = issuer.AllAudiences;
        parameters.ValidIssuers = issuer.AllIssuers is [] ? null : issuer.AllIssuers;
        parameters.NameClaimType = "sub";
        parameters.RoleClaimType = "roles";
        if (!issuer.UsesDiscovery && !issuer.SigningKeysIsUrl && !string.IsNullOrWhiteSpace(issuer.SigningKeys))
        {
            parameters.IssuerSigningKeys = new JsonWebKeySet(issuer.SigningKeys).GetSigningKeys();
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
