namespace PlanData.Api.Authentication;

/// <summary>An API key as the handler compares it: the SHA-256 of the key, as bytes.</summary>
public sealed record IssuedApiKey(string Client, byte[] Hash, bool Revoked)
{
    public static IssuedApiKey? From(ApiKeyEntry entry) =>
        entry.Hash.Trim() is { Length: 64 } hex && hex.All(char.IsAsciiHexDigit)
            ? new IssuedApiKey(entry.Client, Convert.FromHexString(hex), entry.Revoked)
            : null;
}
