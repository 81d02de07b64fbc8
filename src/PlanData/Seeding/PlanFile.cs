using System.Text.Json.Serialization;
using PlanData.Documents;
using PlanData.Indicators;
using PlanData.Plans;

namespace PlanData.Seeding;

/// <summary>
/// The structured form of one plan document (seed/expected/*.json, see seed/README.md):
/// what the curated seed holds and what the importer produces. Agencies are registry codes.
/// </summary>
public sealed record PlanFile(SourceEntry Source, DocumentEntry Document, PlanEntry Plan);

public sealed record SourceEntry(string FileName, string Sha256, int LineCount, int MappedLineCount, SourceFormat Format = SourceFormat.Text, double? OcrConfidence = null);

public sealed record DocumentEntry(
    string Number,
    string Printed,
    int? Serial,
    string Symbol,
    DocumentKind Kind,
    string KindCode,
    string? Issuer,
    DateOnly? IssuedOn,
    int? Year,
    string Jurisdiction,
    string? Summary);

public sealed record PlanEntry(
    string Title,
    int? Year,
    DateOnly? IssuedOn,
    string IssuedAt,
    string Jurisdiction,
    string Issuer,
    SignatureEntry? Signature,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<ItemEntry> Items,
    IReadOnlyList<IndicatorEntry> Indicators,
    IReadOnlyList<ReferenceEntry> References,
    IReadOnlyList<ResponsibilityEntry> Responsibilities,
    IReadOnlyList<ReportingDeadlineEntry> ReportingDeadlines,
    IReadOnlyList<RecipientEntry> Recipients,
    IReadOnlyList<string>? Missing = null)
{
    /// <summary>The text as its numbered parts, in order (see <see cref="PlanSection"/>).</summary>
    public IReadOnlyList<SectionEntry> Sections { get; init; } = [];
    public IReadOnlyList<FootnoteEntry> Footnotes { get; init; } = [];
    public IReadOnlyList<AppendixReferenceEntry> AppendixReferences { get; init; } = [];
}

public sealed record SignatureEntry(string Name, string Position, string? Capacity);

public sealed record ItemEntry(
    int Number,
    string Code,
    string? Section,
    string Title,
    string? Content,
    string? Objective,
    ScheduleEntry Schedule,
    bool CompletedAtIssue,
    IReadOnlyList<AssignmentEntry> Assignments,
    IReadOnlyList<TaskEntry> Tasks,
    IReadOnlyList<int> Lines,
    string SourceText);

public sealed record ScheduleEntry(string Text, ScheduleKind Kind, DateOnly? Start, DateOnly? End);

public sealed record AssignmentEntry(string Agency, AssignmentRole Role, string Label);

public sealed record TaskEntry(int Number, string Text);

/// <summary>
/// A measurable target. What only a table states (a range's upper end, a scope, the result cell as printed, the
/// monitoring agencies' codes) is left out of the file when absent, so files of targets read from sentences stay as they were.
/// </summary>
public sealed record IndicatorEntry(
    string Code,
    string Name,
    string? Population,
    TargetComparator Comparator,
    double TargetValue,
    string Unit,
    int? Year,
    int? Item,
    int? Task,
    string SourceText,
    double? OutOf = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? UpperValue = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TargetText = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? MonitoredBy = null);

public sealed record ReferenceEntry(DocumentEntry To, ReferenceRelation Relation, int? Item, int Line, string Context);

public sealed record ResponsibilityEntry(string Agency, IReadOnlyList<string> Duties, IReadOnlyList<int> Lines);

public sealed record ReportingDeadlineEntry(string Reporter, string? ReportTo, DateOnly DueBy, string Description, int Line);

public sealed record SectionEntry(string Path, string? ParentPath, int Depth, PlanSectionKind Kind, string Label, string Heading, IReadOnlyList<string> Paragraphs, int FirstLine, int LastLine);

public sealed record FootnoteEntry(string Marker, string? SectionPath, int Line, string Context, string? Text, int? TextLine);

public sealed record AppendixReferenceEntry(string Appendix, string? SectionPath, int Line, string Context, string? AppendixPath);

public sealed record RecipientEntry(string? Agency, string Text, string? Purpose, int Line);
