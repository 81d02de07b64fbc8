namespace PlanData.Agencies;

/// <summary>
/// An administrative area: the country, a province (tỉnh or centrally-run city), a district or a
/// commune. Provinces come from the national registry (seed/jurisdictions.json); districts and
/// communes are made from the headers of the documents that name them.
/// </summary>
public class Jurisdiction
{
    /// <summary>Natural key: a slug of the name (quang-ngai), a district or commune under its province (ha-tinh/loc-ha).</summary>
    public required string Code { get; set; }

    /// <summary>The name without its administrative type: "Quảng Ngãi", "Hồ Chí Minh", "Lộc Hà".</summary>
    public required string Name { get; set; }

    /// <summary>The name with its type, as in official lists: "Tỉnh Quảng Ngãi", "Thành phố Huế", "Huyện Lộc Hà".</summary>
    public string? FullName { get; set; }

    public JurisdictionLevel Level { get; set; }

    /// <summary>The two-digit (province) or five-digit (commune) code of the national list in force (QĐ 19/2025/QĐ-TTg), or the last one it had.</summary>
    public string? OfficialCode { get; set; }

    /// <summary>The code it had before 1 July 2025, when that differs (QĐ 124/2004/QĐ-TTg).</summary>
    public string? FormerOfficialCode { get; set; }

    /// <summary>The province of a district or commune, the district of a commune when known; null for provinces and the country.</summary>
    public string? ParentCode { get; set; }
    public Jurisdiction? Parent { get; set; }

    /// <summary>Other names met in documents: "TP.HCM", "Thừa Thiên Huế", "Kon Tun".</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Its earlier full name, when it changed ("Tỉnh Thừa Thiên Huế"), and the day the new one took effect.</summary>
    public string? FormerFullName { get; set; }
    public DateOnly? RenamedOn { get; set; }

    /// <summary>The first day it no longer existed as a unit of its own (merged, or its level abolished); null while it exists.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>The unit it became part of on <see cref="EndedOn"/>; null when it was not merged (or still exists).</summary>
    public string? MergedIntoCode { get; set; }
    public Jurisdiction? MergedInto { get; set; }

    /// <summary>Units that became part of this one.</summary>
    public List<Jurisdiction> MergedFrom { get; set; } = [];

    /// <summary>The plans, agencies and documents of this unit itself (the API pages them per unit through these navigations).</summary>
    public List<PlanData.Plans.Plan> Plans { get; set; } = [];
    public List<Agency> Agencies { get; set; } = [];
    public List<PlanData.Documents.LegalDocument> Documents { get; set; } = [];

    public string? Note { get; set; }

    /// <summary>Where its facts were read (addresses, or repository and path).</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>The file whose header first named it, when the registry did not know it.</summary>
    public string? FirstNamedIn { get; set; }
}
