using System.Text.RegularExpressions;
using PlanData.Plans;
using PlanData.Text;

namespace PlanData.Import.Structure;

/// <summary>The labelled lines inside an item ("- Cơ quan chủ trì: ...", "b) Chủ trì tham mưu: ...").</summary>
public sealed partial record FieldLabel(FieldKind Kind, AssignmentRole? Role)
{
    private static readonly Dictionary<string, FieldLabel> _labels = new(StringComparer.Ordinal)
    {
        ["co quan chu tri"] = new(FieldKind.Agencies, AssignmentRole.Lead),
        ["don vi chu tri"] = new(FieldKind.Agencies, AssignmentRole.Lead),
        ["chu tri"] = new(FieldKind.Agencies, AssignmentRole.Lead),
        ["co quan tham muu"] = new(FieldKind.Agencies, AssignmentRole.Advisory),
        ["chu tri tham muu"] = new(FieldKind.Agencies, AssignmentRole.Advisory),
        ["don vi tham muu"] = new(FieldKind.Agencies, AssignmentRole.Advisory),
        ["co quan phoi hop"] = new(FieldKind.Agencies, AssignmentRole.Coordinating),
        ["don vi phoi hop"] = new(FieldKind.Agencies, AssignmentRole.Coordinating),
        ["phoi hop"] = new(FieldKind.Agencies, AssignmentRole.Coordinating),
        ["thanh phan"] = new(FieldKind.Agencies, AssignmentRole.Participant),
        ["thanh phan tham du"] = new(FieldKind.Agencies, AssignmentRole.Participant),
        ["noi dung"] = new(FieldKind.Content, null),
        ["muc tieu"] = new(FieldKind.Objective, null),
        ["thoi gian"] = new(FieldKind.Schedule, null),
        ["thoi gian hoan thanh"] = new(FieldKind.Schedule, null),
        ["thoi han hoan thanh"] = new(FieldKind.Schedule, null),
        ["thoi gian thuc hien"] = new(FieldKind.Schedule, null),
        ["thoi han"] = new(FieldKind.Schedule, null),
        ["tien do"] = new(FieldKind.Schedule, null),
    };

    /// <summary>Reads "marker Label: value"; the label is returned as printed.</summary>
    public static bool TryRead(string line, out FieldLabel field, out string label, out string value)
    {
        var match = Labelled().Match(line);
        if (match.Success && ForHeader(match.Groups["label"].Value) is { } known)
        {
            field = known;
            label = match.Groups["label"].Value.Trim();
            value = match.Groups["value"].Value.Trim();
            return true;
        }

        (field, label, value) = (new FieldLabel(FieldKind.Content, null), "", "");
        return false;
    }

    /// <summary>The meaning of a label or a table column header, or null.</summary>
    public static FieldLabel? ForHeader(string label) => _labels.GetValueOrDefault(TextFolding.Fold(label).Trim());

    /// <summary>Strips a list marker ("- ", "+ ", "a) ") from a line.</summary>
    public static string WithoutMarker(string line) => Marker().Replace(line, "");

    public static bool HasMarker(string line) => Marker().IsMatch(line);

    [GeneratedRegex(@"^(?:[-+•]\s*|[a-zđ]\)\s*)?(?<label>[^:]{2,40}):\s*(?<value>.*)$")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:[-+•]|[a-zđ]\))\s*")]
    private static partial Regex Marker();
}
