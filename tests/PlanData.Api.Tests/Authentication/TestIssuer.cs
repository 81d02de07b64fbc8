using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PlanData.Api.Tests.Authentication;

/// <summary>An identity provider's signing side: an RSA key of its own, its JWKS, and tokens signed with it.</summary>
public sealed class TestIssuer(string issuer, string keyId)
{
    private static readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>One RSA key per name for the whole run: generating one takes a while on a busy machine.</summary>
    private static readonly ConcurrentDictionary<string, RSA> _keys = new();

    public string Issuer { get; } = issuer;

    public RsaSecurityKey Key { get; } = new(KeyNamed(keyId)) { KeyId = keyId };

    /// <summary>The public key as a JWKS document, as an issuer publishes it.</summary>
    public string Jwks
    {
        get
        {
            var parameters = Key.Rsa.ExportParameters(includePrivateParameters: false);
            return JsonSerializer.Serialize(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", alg = "RS256", kid = Key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
                },
            });
        }
    }

    /// <summary>A token valid for an hour (unless told otherwise), signed with this issuer's key (or <paramref name="signWith"/>).</summary>
    public string Token(
        string audience,
        IDictionary<string, object>? claims = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        bool withExpiry = true,
        string? issuer = null,
        SecurityKey? signWith = null)
    {
        var now = DateTime.UtcNow;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Claims = claims ?? new Dictionary<string, object>(),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = withExpiry ? expires ?? now.AddHours(1) : null,
            SigningCredentials = new SigningCredentials(signWith ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Another key with this issuer's key id: a token signed with it claims to come from here.</summary>
    public static RsaSecurityKey ForgedKey(TestIssuer of) => new(KeyNamed($"forged {of.Key.KeyId}")) { KeyId = of.Key.KeyId };

    /// <summary>The same payload under <c>{"alg":"none"}</c> and without a signature.</summary>
    public static string AlgNone(string token)
    {
        var payload = token.Split('.')[1];
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""))}.{payload}.";
    }

    /// <summary>The token with its signature cut off (the header still names RS256).</summary>
    public static string Unsigned(string token) => token[..(token.LastIndexOf('.') + 1)];

    private static RSA KeyNamed(string name) => _keys.GetOrAdd(name, _ => RSA.Create(2048));
}
