using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace PlanData.Api.Authentication;

/// <summary>Refuses to start on settings that would let no one in, or anyone: each problem is named with its key.</summary>
public sealed class AuthOptionsValidation(IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        List<string> problems = [];
        if (options.Mode == AuthMode.Required
            && !AuthOptions.HasEntraId(configuration)
            && options.JwtIssuers.Count == 0
            && !options.ApiKeys.Any(key => !key.Revoked))
        {
            problems.Add($"{AuthOptions.Section}:Mode is Required but no way to authenticate is configured: set {AuthOptions.EntraSection}:ClientId (Entra ID), {AuthOptions.Section}:JwtIssuers or {AuthOptions.Section}:ApiKeys (a key that is not revoked).");
        }

        if (configuration.GetValue<bool>($"{AuthOptions.EntraSection}:EnablePiiLogging"))
        {
            problems.Add($"{AuthOptions.EntraSection}:EnablePiiLogging must stay false: it writes tokens and claims into the logs.");
        }

        if (options.ClockSkewSeconds is < 0 or > 600)
        {
            problems.Add($"{AuthOptions.Section}:ClockSkewSeconds must be between 0 and 600.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeyHeader) || !options.ApiKeyHeader.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
        {
            problems.Add($"{AuthOptions.Section}:ApiKeyHeader must be a header name (letters, digits, '-').");
        }

        problems.AddRange(options.ApiKeys.SelectMany(ApiKeyProblems));
        if (options.ApiKeys.Select(k => k.Hash.Trim().ToLowerInvariant()).GroupBy(h => h).Any(g => g.Count() > 1))
        {
            problems.Add($"{AuthOptions.Section}:ApiKeys holds the same hash twice: each key is issued to one client.");
        }

        problems.AddRange(options.JwtIssuers.SelectMany(IssuerProblems));
        foreach (var duplicate in options.JwtIssuers.GroupBy(i => i.Name, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Key.Length > 0))
        {
            problems.Add($"{AuthOptions.Section}:JwtIssuers names \"{duplicate.Key}\" twice.");
        }

        return problems is [] ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> ApiKeyProblems(ApiKeyEntry key, int index)
    {
        var at = $"{AuthOptions.Section}:ApiKeys:{index}";
        if (string.IsNullOrWhiteSpace(key.Client))
        {
            yield return $"{at}:Client is empty: name the client the key was issued to.";
        }

        if (IssuedApiKey.From(key) is null)
        {
            yield return $"{at}:Hash is not a SHA-256 hex digest (64 hex digits): configure the hash of the key (printf %s \"$KEY\" | sha256sum), never the key.";
        }
    }

    private static IEnumerable<string> IssuerProblems(JwtIssuerSettings issuer, int index)
    {
        var at = $"{AuthOptions.Section}:JwtIssuers:{index}";
        if (string.IsNullOrWhiteSpace(issuer.Name))
        {
            yield return $"{at}:Name is empty.";
        }

        var hasKeys = !string.IsNullOrWhiteSpace(issuer.SigningKeys);
        if (issuer.UsesDiscovery == hasKeys)
        {
            yield return $"{at}: set either Authority (or MetadataAddress), whose discovery document gives the keys, or SigningKeys (a JWKS document or its URL); not both.";
        }

        if (issuer.AllAudiences is [])
        {
            yield return $"{at}:Audience is empty: a token must be meant for this API.";
        }

        if (!issuer.UsesDiscovery && issuer.AllIssuers is [])
        {
            yield return $"{at}:Issuer is empty: without an Authority, name the accepted `iss` values.";
        }

        foreach (var (key, url) in new[] { ("Authority", issuer.Authority), ("MetadataAddress", issuer.MetadataAddress), ("SigningKeys", issuer.SigningKeysIsUrl ? issuer.SigningKeys : null) })
        {
            if (!string.IsNullOrWhiteSpace(url) && issuer.RequireHttpsMetadata && !url.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{at}:{key} must use https (RequireHttpsMetadata=false is for tests and local identity providers only).";
            }
        }

        if (hasKeys && !issuer.UsesDiscovery && !issuer.SigningKeysIsUrl && !HasSigningKeys(issuer.SigningKeys!))
        {
            yield return $"{at}:SigningKeys is neither a URL nor a JWKS document with a signing key ({{\"keys\":[...]}}).";
        }
    }

    private static bool HasSigningKeys(string jwks)
    {
        try
        {
            return new JsonWebKeySet(jwks).GetSigningKeys().Count > 0;
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            return false;
        }
    }
}
