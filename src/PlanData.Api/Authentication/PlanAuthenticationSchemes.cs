namespace PlanData.Api.Authentication;

public static class PlanAuthenticationSchemes
{
    /// <summary>The default scheme: forwards to the handler for what the request carries.</summary>
    public const string Policy = "PlanData";

    public const string ApiKey = "ApiKey";

    public const string EntraId = "EntraId";

    public const string UntrustedIssuer = "UntrustedIssuer";

    public static string ForIssuer(string name) => $"Jwt:{name}";
}
