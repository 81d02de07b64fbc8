using System.Text.RegularExpressions;
using PlanData.Import.Headers;
using PlanData.Import.Normalization;
using PlanData.Plans;
using PlanData.Text;

namespace PlanData.Import.Structure;

/// <summary>Cuts logical lines into header, title, preamble, sections, recipients and signature.</summary>
public static partial class StructureParser
{
    public static DocumentStructure Parse(IReadOnlyList<SourceLine> lines)
    {
        var head = HeaderReader.Read(lines);
        var i = head.BodyStart;
        var preamble = TakeWhile(lines, ref i, l => !IsSectionStart(l.Text, out _, out _) && !IsRecipientsHeading(l.Text));
        var sections = new List<Section>();
        while (i < lines.Count && IsSectionStart(lines[i].Text, out var numeral, out var sectionTitle))
        {
            var heading = new List<SourceLine> { lines[i++] };
            if (sectionTitle.Length == 0 && i < lines.Count)
            {
                // "Phần I" with its title on the next line.
                heading.Add(lines[i]);
                sectionTitle = lines[i++].Text;
            }

            var body = TakeWhile(lines, ref i, l => !IsSectionStart(l.Text, out _, out _) && !IsRecipientsHeading(l.Text));
            sections.Add(new Section(numeral, sectionTitle, KindOf(sectionTitle), heading, body));
        }

        SourceLine? recipientsHeading = null;
        var recipients = new List<SourceLine>();
        if (i < lines.Count && IsRecipientsHeading(lines[i].Text))
        {
            recipientsHeading = lines[i++];
            var archived = false;
            recipients.AddRange(TakeWhile(lines, ref i, l =>
            {
                // The list ends with its "Lưu: VT, ..." line.
                var take = !archived && (l.Text.StartsWith('-') || l.Text.StartsWith("Lưu", StringComparison.Ordinal));
                archived |= take && TextFolding.Fold(l.Text).TrimStart('-', ' ').StartsWith("luu", StringComparison.Ordinal);
                return take;
            }));
        }
        else if (sections.Count > 0 && SplitSignature(sections[^1]) is var (last, trailing))
        {
            // Without "Nơi nhận", the signature is what follows the closing "./." line.
            sections[^1] = last;
            return WithAttachment(new DocumentStructure(head, preamble, sections, null, [], trailing));
        }

        return WithAttachment(new DocumentStructure(head, preamble, sections, recipientsHeading, recipients, [.. lines.Skip(i)]));
    }

    /// <summary>
    /// A decision or resolution signs, then carries what it issues ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH"); a plan carries
    /// its appendices ("PHỤ LỤC I"); a page renders its footnotes at the end ("[1] ..."). The signature ends where any starts.
    /// </summary>
    private static DocumentStructure WithAttachment(DocumentStructure structure)
    {
        var rest = structure.Signature.ToList();
        var attached = rest.FindIndex(l => OutlineLabel.Read(l.Text) is { Kind: PlanSectionKind.Appendix } || FootnoteMarkers.IsNote(l.Text, out _, out _));
        var issued = rest.Count < 2 ? -1 : rest.FindIndex(1, l => HeaderPatterns.TypeLine().IsMatch(l.Text) && l.Text == l.Text.ToUpperInvariant());
        var end = new[] { attached, issued }.Where(n => n >= 0).DefaultIfEmpty(-1).Min();
        return end < 0 ? structure : structure with { Signature = rest[..end], Attachment = rest[end..] };
    }

    private static (Section, IReadOnlyList<SourceLine>)? SplitSignature(Section section)
    {
        var end = section.Body.ToList().FindLastIndex(l => l.Text.EndsWith("./.", StringComparison.Ordinal));
        return end < 0
            ? null
            : (section with { Body = [.. section.Body.Take(end + 1)] }, [.. section.Body.Skip(end + 1)]);
    }

    private static List<SourceLine> TakeWhile(IReadOnlyList<SourceLine> lines, ref int i, Func<SourceLine, bool> predicate)
    {
        var taken = new List<SourceLine>();
        while (i < lines.Count && predicate(lines[i]))
        {
            taken.Add(lines[i++]);
        }

        return taken;
    }

    private static bool IsRecipientsHeading(string text) => TextFolding.Fold(text).StartsWith("noi nhan", StringComparison.Ordinal);

    /// <summary>A top-level part: "I. MỤC ĐÍCH" with its title in capitals (a lower-case one is a list entry), or "Phần II".</summary>
    public static bool IsSectionStart(string text, out string numeral, out string title)
    {
        var label = OutlineLabel.Read(text);
        var starts = label is { Kind: PlanSectionKind.Part } || label is { Kind: PlanSectionKind.Section } && label.Rest == label.Rest.ToUpperInvariant();
        numeral = starts ? label!.Numeral : "";
        title = starts ? label!.Rest : "";
        return starts;
    }

    private static SectionKind KindOf(string title)
    {
        var folded = TextFolding.Fold(title);
        return folded switch
        {
            _ when folded.Contains("to chuc thuc hien", StringComparison.Ordinal) => SectionKind.Organisation,
            _ when folded.Contains("muc dich", StringComparison.Ordinal) || folded.Contains("muc tieu", StringComparison.Ordinal)
                || folded.Contains("yeu cau", StringComparison.Ordinal) => SectionKind.Purposes,
            _ when folded.Contains("noi dung", StringComparison.Ordinal) || folded.Contains("nhiem vu", StringComparison.Ordinal)
                || folded.Contains("giai phap", StringComparison.Ordinal) => SectionKind.Content,
            _ => SectionKind.Other,
        };
    }
}
