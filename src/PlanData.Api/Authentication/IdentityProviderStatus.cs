using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Authentication;

/// <summary>
/// Whether a bearer scheme has its issuer's discovery document and keys. Without them every token
/// fails with a misleading reason (an untrusted issuer, an unknown key): the caller is owed a 503.
/// </summary>
public sealed class IdentityProviderStatus(IOptionsMonitor<JwtBearerOptions> jwt)
{
    /// <remarks>
    /// Cheap when the configuration is cached; otherwise the manager tries to fetch it, no more often
    /// than its refresh interval allows, and throws until it succeeds.
    /// </remarks>
    public async Task<bool> IsReachableAsync(string scheme, CancellationToken cancel)
    {
        if (jwt.Get(scheme).ConfigurationManager is not { } configuration)
        {
            return true;
        }

        try
        {
            await configuration.GetConfigurationAsync(cancel);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            return false;
        }
    }
}
