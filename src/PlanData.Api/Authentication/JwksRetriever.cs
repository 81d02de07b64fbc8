using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PlanData.Api.Authentication;

/// <summary>
/// Signing keys from a bare JWKS URL (an issuer without a discovery document), read and refreshed
/// like discovered keys: a key rotation is picked up without a restart.
/// </summary>
public sealed class JwksRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public static ConfigurationManager<OpenIdConnectConfiguration> Manager(string jwksUrl, JwtBearerOptions jwt)
    {
        var http = new HttpClient(jwt.BackchannelHttpHandler ?? new HttpClientHandler())
        {
            Timeout = jwt.BackchannelTimeout,
            MaxResponseContentBufferSize = 1024 * 1024 * 10,
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(jwksUrl, new JwksRetriever(), new HttpDocumentRetriever(http) { RequireHttps = jwt.RequireHttpsMetadata })
        {
            AutomaticRefreshInterval = jwt.AutomaticRefreshInterval,
            RefreshInterval = jwt.RefreshInterval,
        };
    }

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var keys = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
        var configuration = new OpenIdConnectConfiguration { JwksUri = address, JsonWebKeySet = keys };
        foreach (var key in keys.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }
}
