using PlanData.Agencies;

namespace PlanData.Documents;

/// <summary>A numbered document: an imported plan or a document that a plan cites.</summary>
public class LegalDocument
{
    public int Id { get; set; }

    /// <summary>Natural key, see <see cref="NaturalKeys.Document"/>.</summary>
    public required string Key { get; set; }

    /// <summary>Normalised printed form, e.g. 2712/TTr-STTTT.</summary>
    public required string Number { get; set; }

    /// <summary><see cref="Number"/> as <see cref="DocumentNumbers.LookupKey"/> gives it, for lenient lookups in SQL.</summary>
    public required string NumberKey { get; set; }

    /// <summary>Exactly as the citing text printed it, e.g. 2712TTr-STTTT.</summary>
    public required string PrintedNumber { get; set; }
    public int? Serial { get; set; }
    public required string Symbol { get; set; }
    public DocumentKind Kind { get; set; }
    public required string KindCode { get; set; }
    public int? IssuerId { get; set; }
    public Agency? Issuer { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public int? Year { get; set; }
    /// <summary>An imported plan's own jurisdiction; a cited document's issuer's, or the citing plan's when the issuer is not known. The first part of <see cref="Key"/>.</summary>
    public required string JurisdictionCode { get; set; }
    public Jurisdiction? Jurisdiction { get; set; }
    public string? Summary { get; set; }

    /// <summary>Present when the document is an imported plan.</summary>
    public PlanData.Plans.Plan? Plan { get; set; }

    /// <summary>What this document cites.</summary>
    public List<DocumentReference> Citations { get; set; } = [];

    /// <summary>Where imported documents cite this one.</summary>
    public List<DocumentReference> CitedBy { get; set; } = [];
}
