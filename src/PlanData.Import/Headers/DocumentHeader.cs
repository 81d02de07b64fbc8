using PlanData.Import.Normalization;

namespace PlanData.Import.Headers;

/// <summary>
/// What the header block of an administrative document says, however a page laid it out: the
/// issuer's lines (superior body first), the motto, the number, the place and date, the document
/// type and the title. Every field is null when the copy does not print it.
/// </summary>
public sealed record DocumentHeader(
    IReadOnlyList<HeaderPart> Issuer,
    HeaderPart? Motto,
    HeaderPart? Number,
    HeaderPart? Date,
    string? Place,
    DateOnly? IssuedOn,
    int? Year,
    SourceLine? TypeLine,
    string? DocumentType,
    IReadOnlyList<SourceLine> Title,
    string? TitleOnTypeLine,
    IReadOnlyList<int> Lines,
    int BodyStart,
    IReadOnlyList<string> Doubts)
{
    /// <summary>The enacting authority under a decision's title ("CHỦ TỊCH ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ"); empty for a plan.</summary>
    public IReadOnlyList<SourceLine> Authority { get; init; } = [];

    /// <summary>The number as printed after "Số:" (without the label); empty for a blank one ("Số: /KH-UBND").</summary>
    public string? PrintedNumber => Number?.Text;

    public string TitleText =>
        string.Join(' ', (TitleOnTypeLine is { Length: > 0 } first ? [first] : Array.Empty<string>()).Concat(Title.Select(l => l.Text).Where(t => t.Length > 0)));
}
