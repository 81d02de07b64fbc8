using PlanData.Agencies;
using PlanData.Storage;

namespace PlanData.Seeding;

/// <summary>Adds the agency registry (jurisdictions, agencies and the links between them) to a new database.</summary>
public static class AgencyRegistryWriter
{
    public static void Add(PlanDataContext db, AgencyRegistryFile registry)
    {
        db.Jurisdictions.AddRange(registry.Jurisdictions.Select(j => new Jurisdiction { Code = j.Code, Name = j.Name, Level = j.Level }));

        var agencies = registry.Agencies.ToDictionary(
            a => a.Code,
            a => new Agency
            {
                Code = a.Code,
                Name = a.Name,
                ShortName = a.ShortName,
                Aliases = [.. a.Aliases],
                Kind = a.Kind,
                JurisdictionCode = a.Jurisdiction,
                IsCollective = a.IsCollective,
                DissolvedOn = a.DissolvedOn,
                Source = a.Source,
            },
            StringComparer.Ordinal);

        foreach (var entry in registry.Agencies)
        {
            var agency = agencies[entry.Code];
            agency.Parent = entry.Parent is null ? null : Find(agencies, entry.Parent, entry.Code);
            agency.Successor = entry.Successor is null ? null : Find(agencies, entry.Successor, entry.Code);
        }

        db.Agencies.AddRange(agencies.Values);
    }

    private static Agency Find(Dictionary<string, Agency> agencies, string code, string referrer) =>
        agencies.TryGetValue(code, out var agency)
            ? agency
            : throw new InvalidDataException($"agency registry: {referrer} refers to unknown agency {code}.");
}
