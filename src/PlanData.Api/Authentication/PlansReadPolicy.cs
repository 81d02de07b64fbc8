using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace PlanData.Api.Authentication;

/// <summary>The one permission of this read-only API: an app role or a delegated scope "Plans.Read", or an API key.</summary>
public static class PlansReadPolicy
{
    public const string Name = "PlansRead";

    public const string Permission = "Plans.Read";

    /// <summary>roles, scp and scope as sent, and as Identity.Web maps them for Entra ID tokens.</summary>
    private static readonly string[] _claims = ["roles", "scp", "scope", ClaimTypes.Role, "http://schemas.microsoft.com/identity/claims/scope"];

    public static AuthorizationOptions AddPlansRead(this AuthorizationOptions authorization, IEnumerable<string> extraClaims)
    {
        var claims = _claims.Concat(extraClaims).ToHashSet(StringComparer.Ordinal);
        authorization.AddPolicy(Name, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => IsHeldBy(context.User, claims)));
        return authorization;
    }

    private static bool IsHeldBy(ClaimsPrincipal user, HashSet<string> claims) =>
        user.Claims.Any(claim => claims.Contains(claim.Type)
            && claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(Permission, StringComparer.Ordinal));
}
