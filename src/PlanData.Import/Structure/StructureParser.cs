using System.Text.RegularExpressions;
using PlanData.Import.Headers;
using PlanData.Import.Normalization;
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
            return new DocumentStructure(head, preamble, sections, null, [], trailing);
        }

        // A decision or resolution signs, then carries what it issues ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "KẾ HOẠCH", its appendices):
        // the signature ends where the attachment's own type line starts.
        var rest = lines.Skip(i).ToList();
        var attached = rest.Count < 2 ? -1 : rest.FindIndex(1, l => HeaderPatterns.TypeLine().IsMatch(l.Text) && l.Text == l.Text.ToUpperInvariant());
        return attached < 0
            ? new DocumentStructure(head, preamble, sections, recipientsHeading, recipients, rest)
            : new DocumentStructure(head, preamble, sections, recipientsHeading, recipients, rest[..attached]) { Attachment = rest[attached..] };
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

    public static bool IsSectionStart(string text, out string numeral, out string title)
    {
        var match = RomanHeading().Match(text);
        if (!match.Success || match.Groups["title"].Value is var t && t.Length > 0 && t != t.ToUpperInvariant())
        {
            match = PartHeading().Match(text);
        }

        numeral = match.Success ? match.Groups["numeral"].Value : "";
        title = match.Success ? match.Groups["title"].Value.Trim() : "";
        return match.Success;
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




    [GeneratedRegex(@"^(?<numeral>[IVX]+)\.\s+(?<title>\S.*)$")]
    private static partial Regex RomanHeading();

    // The numeral is a whole word in capitals: "Phần việc ..." or "Phần xây dựng ..." is prose, not "Phần V" / "Phần X".
    [GeneratedRegex(@"^(?i:phần)\s+(?<numeral>[IVX]+|\d+)(?![\p{L}\p{N}])\s*[.:\-–]?\s*(?<title>.*)$")]
    private static partial Regex PartHeading();
}
