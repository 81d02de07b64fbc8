using System.Text.RegularExpressions;
using PlanData.Text;

namespace PlanData.Import.Agencies;

public static partial class Slugs
{
    /// <summary>Folded, every run of characters other than a-z0-9 turned into one hyphen: "Sở Y tế" → "so-y-te".</summary>
    public static string From(string text) => NonSlug().Replace(TextFolding.Fold(text), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
