using Microsoft.AspNetCore.Authentication;

namespace PlanData.Api.Authentication;

public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    public string Header { get; set; } = "X-Api-Key";

    public IReadOnlyList<IssuedApiKey> Keys { get; set; } = [];
}
