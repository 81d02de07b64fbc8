using PlanData.Documents;
using PlanData.Import.Agencies;
using PlanData.Import.Jurisdictions;
using PlanData.Import.Numbers;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>Who issued a document, where and when, under which number and title: what the header (or, failing it, the copy's metadata) says.</summary>
/// <param name="Number">Null when the copy prints no running number (none, or a blank "Số: /KH-UBND").</param>
/// <param name="PrintedNumber">The number as printed ("/KH-UBND" for a blank one), or empty when none is printed.</param>
/// <param name="Symbol">The symbol, also of a blank number ("KH-UBND"); the type code alone when nothing is printed.</param>
public sealed record DocumentIdentity(
    DocumentNumber? Number,
    string PrintedNumber,
    string Symbol,
    DocumentKind Kind,
    string KindCode,
    string? Place,
    DateOnly? IssuedOn,
    int? Year,
    JurisdictionEntry Jurisdiction,
    AgencyEntry Issuer,
    string Title,
    AgencyResolver Agencies,
    JurisdictionResolver Jurisdictions)
{
    public string NumberText => Number?.Number ?? PrintedNumber;
}
