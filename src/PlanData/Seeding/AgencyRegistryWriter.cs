using Microsoft.EntityFrameworkCore;
using PlanData.Agencies;
using PlanData.Storage;

namespace PlanData.Seeding;

/// <summary>Brings the registry's jurisdictions and agencies into a database: adds what it lacks, keeps what it has.</summary>
public static class AgencyRegistryWriter
{
    public static async Task AddMissingAsync(PlanDataContext db, AgencyRegistryFile registry, CancellationToken cancellationToken = default)
    {
        var jurisdictions = await db.Jurisdictions.Select(j => j.Code).ToHashSetAsync(cancellationToken);
        db.Jurisdictions.AddRange(registry.Jurisdictions
            .Where(j => !jurisdictions.Contains(j.Code))
            .Select(ToJurisdiction));

        var known = await db.Agencies.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        AddAgencies(db, registry.Agencies.Where(a => !known.ContainsKey(a.Code)), known);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Jurisdiction ToJurisdiction(JurisdictionEntry entry) => new()
    {
        Code = entry.Code,
        Name = entry.Name,
        FullName = entry.FullName,
        Level = entry.Level,
        OfficialCode = entry.OfficialCode,
        FormerOfficialCode = entry.FormerOfficialCode,
        ParentCode = entry.Parent,
        Aliases = [.. entry.Aliases ?? []],
        FormerFullName = entry.FormerFullName,
        RenamedOn = entry.RenamedOn,
        EndedOn = entry.EndedOn,
        MergedIntoCode = entry.MergedInto,
        Note = entry.Note,
        Sources = [.. entry.Sources ?? []],
    };

    /// <summary>Adds agencies (and their parent and successor links) that the database does not hold yet.</summary>
    public static void AddAgencies(PlanDataContext db, IEnumerable<AgencyEntry> entries, Dictionary<string, Agency>? known = null)
    {
        var agencies = known ?? db.Agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var added = entries.Where(e => !agencies.ContainsKey(e.Code)).ToList();
        foreach (var entry in added)
        {
            agencies[entry.Code] = new Agency
            {
                Code = entry.Code,
                Name = entry.Name,
                ShortName = entry.ShortName,
                Aliases = [.. entry.Aliases],
                Kind = entry.Kind,
                JurisdictionCode = entry.Jurisdiction,
                IsCollective = entry.IsCollective,
                DissolvedOn = entry.DissolvedOn,
                Source = entry.Source,
            };
        }

        foreach (var entry in added)
        {
            var agency = agencies[entry.Code];
            agency.Parent = entry.Parent is null ? null : Find(agencies, entry.Parent, entry.Code);
            agency.Successor = entry.Successor is null ? null : Find(agencies, entry.Successor, entry.Code);
            db.Agencies.Add(agency);
        }
    }

    private static Agency Find(Dictionary<string, Agency> agencies, string code, string referrer) =>
        agencies.TryGetValue(code, out var agency)
            ? agency
            : throw new InvalidDataException($"agency registry: {referrer} refers to unknown agency {code}.");
}
