using System.Security.Claims;

namespace PlanData.Api.Authentication;

/// <summary>
/// Who is calling, as one string for rate limits and logs: the API key's client name, the token's
/// subject (or, for a token without one, the application id), else the remote address.
/// </summary>
public static class ClientIdentity
{
    /// <summary>The claim an API key principal carries its client name in.</summary>
    public const string ApiKeyClientClaim = "plan-data:api-key-client";

    public static string Of(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            if (user.FindFirstValue(ApiKeyClientClaim) is { Length: > 0 } keyClient)
            {
                return $"key:{keyClient}";
            }

            var subject = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
            if (!string.IsNullOrEmpty(subject))
            {
                return $"sub:{subject}";
            }

            var application = user.FindFirstValue("azp") ?? user.FindFirstValue("appid");
            if (!string.IsNullOrEmpty(application))
            {
                return $"app:{application}";
            }
        }

        return $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
    }
}
