using PlanData.Agencies;
using PlanData.Documents;
using PlanData.Indicators;

namespace PlanData.Plans;

/// <summary>A plan (Kế hoạch) imported with its full content.</summary>
public class Plan
{
    public int Id { get; set; }

    /// <summary>Natural key: the key of the plan's own legal document.</summary>
    public required string Key { get; set; }
    public int DocumentId { get; set; }
    public LegalDocument? Document { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    /// <summary>The year of issue; null when the document as published prints no date and no metadata gives one.</summary>
    public int? Year { get; set; }

    /// <summary>The date of issue; null when the document as published prints none (a portal that dropped the header).</summary>
    public DateOnly? IssuedOn { get; set; }
    public required string IssuedAt { get; set; }
    public required string JurisdictionCode { get; set; }
    public Jurisdiction? Jurisdiction { get; set; }
    public int IssuerId { get; set; }
    public Agency? Issuer { get; set; }
    public Signature? Signature { get; set; }
    public List<string> Purposes { get; set; } = [];
    public required SourceDocument Source { get; set; }

    /// <summary>Whether the whole document was read: false for an opening (a truncated copy) imported with what it holds.</summary>
    public bool IsComplete { get; set; } = true;

    /// <summary>What an incomplete copy lacks, e.g. "content section (items)", "signature"; empty when complete.</summary>
    public List<string> Missing { get; set; } = [];
    public List<PlanItem> Items { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
    public List<Responsibility> Responsibilities { get; set; } = [];
    public List<ReportingDeadline> ReportingDeadlines { get; set; } = [];
    public List<Recipient> Recipients { get; set; } = [];

    /// <summary>The document's text as its numbered parts, in order (see <see cref="PlanSection"/>).</summary>
    public List<PlanSection> Sections { get; set; } = [];
    public List<Footnote> Footnotes { get; set; } = [];
    public List<AppendixReference> AppendixReferences { get; set; } = [];
}
