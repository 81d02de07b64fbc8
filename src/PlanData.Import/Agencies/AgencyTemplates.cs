using PlanData.Agencies;
using PlanData.Seeding;

namespace PlanData.Import.Agencies;

/// <summary>
/// The registry's templates made into agencies of one jurisdiction: "Sở Tài chính" of Thanh Hóa is
/// thanh-hoa/so-tai-chinh, with the successor the template names in the same jurisdiction. A body
/// of a province that merged into another (Hải Dương into Hải Phòng) passes, on the merger's date,
/// to the same body of that province; a body of an abolished level ends with it.
/// </summary>
public static class AgencyTemplates
{
    public static IEnumerable<AgencyEntry> For(AgencyRegistryFile registry, JurisdictionEntry jurisdiction)
    {
        foreach (var template in (registry.Templates ?? []).Where(t => t.Level == jurisdiction.Level))
        {
            var successor = template.Successor is { } slug ? $"{jurisdiction.Code}/{slug}" : null;
            var dissolvedOn = template.DissolvedOn;
            var source = template.Sources is { Count: > 0 } sources ? string.Join("; ", sources) : null;
            if (successor is null && jurisdiction.EndedOn is { } ended && (dissolvedOn is null || dissolvedOn > ended))
            {
                // The jurisdiction ended before the body did: the body passes to the merged unit's, or ends.
                successor = jurisdiction.MergedInto is { } merged ? $"{merged}/{template.Slug}" : null;
                dissolvedOn = ended;
                source = jurisdiction.Sources is { Count: > 0 } mergerSources ? string.Join("; ", mergerSources) : source;
            }

            yield return new AgencyEntry(
                $"{jurisdiction.Code}/{template.Slug}",
                Fill(template.Name, jurisdiction),
                template.ShortName is { } shortName ? Fill(shortName, jurisdiction) : null,
                [.. template.Aliases.Select(a => Fill(a, jurisdiction)).Distinct(StringComparer.Ordinal)],
                template.Kind,
                jurisdiction.Code,
                template.IsCollective,
                template.Parent is { } parent ? $"{jurisdiction.Code}/{parent}" : null,
                successor,
                dissolvedOn,
                source);
        }
    }

    /// <summary>{place}: the jurisdiction with its type in lower case ("tỉnh Thanh Hóa"); {name}: its bare name.</summary>
    public static string Fill(string pattern, JurisdictionEntry jurisdiction) =>
        pattern.Replace("{place}", Place(jurisdiction), StringComparison.Ordinal).Replace("{name}", jurisdiction.Name, StringComparison.Ordinal);

    public static string Place(JurisdictionEntry jurisdiction)
    {
        if (jurisdiction.PlaceName is { } written)
        {
            return written;
        }

        var full = jurisdiction.FullName ?? jurisdiction.Name;
        var type = full.EndsWith(jurisdiction.Name, StringComparison.Ordinal) ? full[..^jurisdiction.Name.Length].Trim() : "";
        return type.Length == 0 ? jurisdiction.Name : $"{type.ToLowerInvariant()} {jurisdiction.Name}";
    }
}
