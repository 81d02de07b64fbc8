namespace PlanData.Agencies;

/// <summary>A party that documents name: a body, a collective ("các sở, ban, ngành") or an enterprise.</summary>
public class Agency
{
    public int Id { get; set; }

    /// <summary>Natural key: jurisdiction slug / agency slug, e.g. quang-ngai/so-tttt.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public List<string> Aliases { get; set; } = [];
    public AgencyKind Kind { get; set; }
    public required string JurisdictionCode { get; set; }
    public Jurisdiction? Jurisdiction { get; set; }
    public bool IsCollective { get; set; }
    public int? ParentId { get; set; }
    public Agency? Parent { get; set; }
    public int? SuccessorId { get; set; }
    public Agency? Successor { get; set; }
    public DateOnly? DissolvedOn { get; set; }

    /// <summary>Where the successor or dissolution fact was read.</summary>
    public string? Source { get; set; }

    public List<PlanData.Plans.Assignment> Assignments { get; set; } = [];
}
