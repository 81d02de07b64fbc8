using PlanData.Agencies;
using PlanData.Documents;
using PlanData.Indicators;

namespace PlanData.Plans;

/// <summary>One numbered item of a plan's content section.</summary>
public class PlanItem
{
    public int Id { get; set; }

    /// <summary>Natural key, see <see cref="NaturalKeys.PlanItem"/>.</summary>
    public required string Key { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int Number { get; set; }
    public required string Code { get; set; }
    public string? Section { get; set; }
    public required string Title { get; set; }
    public string? Content { get; set; }
    public string? Objective { get; set; }
    public required Schedule Schedule { get; set; }
    public bool CompletedAtIssue { get; set; }

    /// <summary>Chủ trì, or failing that tham mưu: stored so that filters and sorts on it run in SQL.</summary>
    public int? LeadAgencyId { get; set; }
    public Agency? LeadAgency { get; set; }
    public required string SourceText { get; set; }
    public int FirstLine { get; set; }
    public int LastLine { get; set; }
    public List<Assignment> Assignments { get; set; } = [];
    public List<PlanTask> Tasks { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
    public List<DocumentReference> References { get; set; } = [];
}
