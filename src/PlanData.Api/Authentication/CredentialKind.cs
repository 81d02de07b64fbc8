namespace PlanData.Api.Authentication;

/// <summary>What a request offers to prove who sends it, among the methods the server is configured for.</summary>
public enum CredentialKind
{
    None,
    ApiKey,
    BearerToken,
}
