using PlanData.Agencies;

namespace PlanData.Seeding;

/// <summary>
/// The registry an import resolves names against (see seed/README.md): jurisdictions
/// (seed/jurisdictions.json), named agencies (seed/agencies.json) and the templates of the bodies
/// every province, district or commune has (seed/agency-templates.json).
/// </summary>
public sealed record AgencyRegistryFile(
    IReadOnlyList<JurisdictionEntry> Jurisdictions,
    IReadOnlyList<AgencyEntry> Agencies,
    IReadOnlyList<AgencyTemplate>? Templates = null,
    IReadOnlyList<JurisdictionLevelChange>? LevelChanges = null)
{
    /// <summary>Reads the registry files of a seed folder; jurisdictions.json and agency-templates.json are optional.</summary>
    public static AgencyRegistryFile Load(string seedDirectory)
    {
        var registry = SeedJson.Read<AgencyRegistryFile>(Path.Combine(seedDirectory, "agencies.json"));
        var jurisdictions = Path.Combine(seedDirectory, "jurisdictions.json");
        var templates = Path.Combine(seedDirectory, "agency-templates.json");
        var national = File.Exists(jurisdictions) ? SeedJson.Read<JurisdictionsFile>(jurisdictions) : new JurisdictionsFile([], []);
        return registry with
        {
            Jurisdictions = [.. national.Jurisdictions, .. registry.Jurisdictions],
            LevelChanges = [.. national.LevelChanges ?? [], .. registry.LevelChanges ?? []],
            Templates = File.Exists(templates) ? SeedJson.Read<AgencyTemplatesFile>(templates).Templates : registry.Templates ?? [],
        };
    }
}

/// <summary>The shape of seed/jurisdictions.json.</summary>
public sealed record JurisdictionsFile(IReadOnlyList<JurisdictionEntry> Jurisdictions, IReadOnlyList<JurisdictionLevelChange>? LevelChanges = null);

/// <summary>A whole tier of government ended on a date (the district level on 1 July 2025): every unit of it made from a document ends then.</summary>
public sealed record JurisdictionLevelChange(JurisdictionLevel Level, DateOnly EndedOn, string Note, IReadOnlyList<string> Sources);

/// <summary>The shape of seed/agency-templates.json.</summary>
public sealed record AgencyTemplatesFile(IReadOnlyList<AgencyTemplate> Templates);

/// <summary>
/// A body that every jurisdiction of a level has (Sở Tài chính, Văn phòng UBND, the People's
/// Committee), made into an agency of the jurisdiction whose document names it. In names and
/// aliases, {place} is the jurisdiction with its type in lower case ("tỉnh Thanh Hóa", "thành phố
/// Hà Nội") and {name} its bare name ("Thanh Hóa"). Parent and successor are slugs of templates of
/// the same level; the successor is the body it merged into on <see cref="DissolvedOn"/>.
/// </summary>
public sealed record AgencyTemplate(
    string Slug,
    JurisdictionLevel Level,
    string Name,
    string? ShortName,
    IReadOnlyList<string> Aliases,
    AgencyKind Kind,
    bool IsCollective = false,
    string? Parent = null,
    string? Successor = null,
    DateOnly? DissolvedOn = null,
    string? Note = null,
    IReadOnlyList<string>? Sources = null);

/// <summary>One entry of seed/jurisdictions.json (see seed/README.md); lists are never null once read.</summary>
/// <param name="PlaceName">How the place follows a body's name when that is not its type in lower case and its name:
/// "Thành phố Hồ Chí Minh" keeps its capital (Ủy ban nhân dân Thành phố Hồ Chí Minh).</param>
public sealed record JurisdictionEntry(
    string Code,
    string Name,
    JurisdictionLevel Level,
    string? FullName = null,
    string? OfficialCode = null,
    string? FormerOfficialCode = null,
    string? Parent = null,
    IReadOnlyList<string>? Aliases = null,
    string? FormerFullName = null,
    DateOnly? RenamedOn = null,
    DateOnly? EndedOn = null,
    string? MergedInto = null,
    string? Note = null,
    IReadOnlyList<string>? Sources = null,
    string? PlaceName = null);

public sealed record AgencyEntry(
    string Code,
    string Name,
    string? ShortName,
    IReadOnlyList<string> Aliases,
    AgencyKind Kind,
    string Jurisdiction,
    bool IsCollective,
    string? Parent,
    string? Successor,
    DateOnly? DissolvedOn,
    string? Source);
