using PlanData.Documents;

namespace PlanData.Import.Numbers;

/// <param name="Number">The normalised form: no spaces, a slash after the serial (<c>2712/TTr-STTTT</c>), Party style kept (<c>13-NQ/TU</c>).</param>
/// <param name="Printed">The number as the source printed it.</param>
/// <param name="Year">Only the year printed inside the number (legal-normative style), never the issue date's year.</param>
/// <param name="KindCode">The canonical Phụ lục III code (<c>QĐ</c> even where <c>QD</c> was printed); <c>CV</c> for a công văn; empty when the number carries no type and no rule gives one.</param>
/// <param name="IssuerAbbreviation">As printed; empty when the symbol names no issuer.</param>
public sealed record DocumentNumber(
    string Number,
    string Printed,
    int? Serial,
    int? Year,
    string Symbol,
    DocumentKind Kind,
    string KindCode,
    string IssuerAbbreviation);
