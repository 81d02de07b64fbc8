namespace PlanData.Api.Authentication;

/// <summary>Which bearer tokens go to a configured issuer's scheme: those whose <c>iss</c> is one of its Issuers or its Authority.</summary>
public sealed record JwtIssuerRoute(string Scheme, IReadOnlyList<string> Issuers)
{
    public static JwtIssuerRoute From(JwtIssuerSettings issuer) => new(
        PlanAuthenticationSchemes.ForIssuer(issuer.Name),
        [.. issuer.AllIssuers.Append(issuer.Authority).OfType<string>().Where(i => i.Length > 0).Select(Normalize)]);

    public bool Answers(string issuer) => Issuers.Contains(Normalize(issuer), StringComparer.Ordinal);

    private static string Normalize(string issuer) => issuer.Trim().TrimEnd('/');
}
