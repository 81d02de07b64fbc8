using PlanData.Documents;
using PlanData.Import.Numbers;

namespace PlanData.Import.Citations;

/// <param name="Number">Its kind already settled by the type word where the symbol carries none.</param>
/// <param name="KindWord">The type word as printed (<c>Quyết định</c>), or null when the number stands alone.</param>
/// <param name="IssuerText">Unresolved: <c>của X</c> after the number, or <c>của X tại</c> before the type word.</param>
/// <param name="Index">Where the type word (or, without one, the number) starts.</param>
/// <param name="Length">Up to the end of the last part read: summary, issuer, date or number.</param>
public sealed record Citation(
    DocumentNumber Number,
    string? KindWord,
    DateOnly? IssuedOn,
    string? IssuerText,
    string? Summary,
    ReferenceRelation Relation,
    int Index,
    int Length);
