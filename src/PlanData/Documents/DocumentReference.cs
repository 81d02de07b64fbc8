using PlanData.Plans;

namespace PlanData.Documents;

/// <summary>One citation of a document by an imported one.</summary>
public class DocumentReference
{
    public int Id { get; set; }
    public int FromDocumentId { get; set; }
    public LegalDocument? From { get; set; }
    public int ToDocumentId { get; set; }
    public LegalDocument? To { get; set; }
    public ReferenceRelation Relation { get; set; }
    public int? PlanItemId { get; set; }
    public PlanItem? PlanItem { get; set; }

    /// <summary>Order of appearance within the citing document.</summary>
    public int Position { get; set; }
    public required string Context { get; set; }

    /// <summary>1-based source line of the citation.</summary>
    public int Line { get; set; }
}
