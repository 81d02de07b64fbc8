using PlanData.Text;

namespace PlanData.Api.Jurisdictions;

/// <summary>Codes as clients type them: folded and without spaces, as the stored slugs are ("Quảng-Ngãi" → "quang-ngai").</summary>
public static class JurisdictionCodes
{
    /// <summary>The form a jurisdiction's or an agency's code is looked up by.</summary>
    public static string LookupKey(string code) => TextFolding.Fold(code).Replace(" ", "", StringComparison.Ordinal);
}
