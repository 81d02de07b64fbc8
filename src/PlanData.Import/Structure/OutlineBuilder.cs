using PlanData.Import.Normalization;
using PlanData.Plans;

namespace PlanData.Import.Structure;

/// <summary>
/// The document's text as a tree of its numbered parts: the preamble, then "Phần" ⊃ "I." ⊃ "1." ⊃ "1.1." ⊃ "a)" by rank
/// (a level a document skips is simply absent), then what a decision attaches and the appendices. Recipients,
/// signature and footnote texts are not part of it; every other line is a heading or a paragraph of exactly one part.
/// </summary>
public static class OutlineBuilder
{
    public const string PreambleSegment = "Mở đầu";
    public const string AttachmentSegment = "Kèm theo";

    public static IReadOnlyList<OutlineNode> Build(DocumentStructure structure, Func<SourceLine, bool> isFootnoteText)
    {
        var roots = new List<OutlineNode>();
        var stack = new Stack<OutlineNode>();
        Add(roots, stack, structure.Preamble.Concat(structure.Sections.SelectMany(s => s.Heading.Concat(s.Body))), isFootnoteText);

        // What a decision issues has its own type line ("CHƯƠNG TRÌNH HÀNH ĐỘNG"); a plan's appendices and notes have none.
        var attached = structure.Attachment;
        if (attached.Count > 0 && OutlineLabel.Read(attached[0].Text) is null && !isFootnoteText(attached[0]))
        {
            var attachment = new OutlineNode(PlanSectionKind.Attachment, "", "", AttachmentSegment, OutlineLabel.Root) { Heading = attached[0].Text };
            attachment.HeadingLines.Add(attached[0]);
            roots.Add(attachment);
            stack.Clear();
            stack.Push(attachment);
            attached = [.. attached.Skip(1)];
        }

        Add(roots, stack, attached, isFootnoteText);
        return roots;
    }

    private static void Add(List<OutlineNode> roots, Stack<OutlineNode> stack, IEnumerable<SourceLine> lines, Func<SourceLine, bool> isFootnoteText)
    {
        OutlineNode? awaitingHeading = null;
        foreach (var line in lines)
        {
            if (isFootnoteText(line) || TableRow.TryRead(line.Text, out var cells) && TableRow.IsRule(cells))
            {
                continue;
            }

            var label = OutlineLabel.Read(line.Text);
            if (awaitingHeading is not null)
            {
                awaitingHeading = null;
                if (label is null)
                {
                    // "Phần I" / "PHỤ LỤC I" with its title on the next line.
                    stack.Peek().Heading = line.Text;
                    stack.Peek().HeadingLines.Add(line);
                    continue;
                }
            }

            if (label is null)
            {
                Open(roots, stack).Paragraphs.Add(line);
                continue;
            }

            // A numbered part closes the preamble (parts are never inside it), as a root part ("PHỤ LỤC I") closes everything.
            if (label.Rank == OutlineLabel.Root || stack.TryPeek(out var top) && top.Kind == PlanSectionKind.Preamble)
            {
                stack.Clear();
            }

            while (stack.Count > 0 && stack.Peek().Rank >= label.Rank && stack.Peek().Rank != OutlineLabel.Root)
            {
                stack.Pop();
            }

            var node = new OutlineNode(label.Kind, label.Printed, label.Numeral, label.Segment, label.Rank) { Heading = label.Rest };
            node.HeadingLines.Add(line);
            (stack.Count == 0 ? roots : stack.Peek().Children).Add(node);
            stack.Push(node);
            if (label.Rest.Length == 0 && label.Kind is PlanSectionKind.Part or PlanSectionKind.Chapter or PlanSectionKind.Appendix)
            {
                awaitingHeading = node;
            }
        }
    }

    // Text before any numbered part is the preamble: made when its first line comes, so a copy that starts with a numbered part has none.
    private static OutlineNode Open(List<OutlineNode> roots, Stack<OutlineNode> stack)
    {
        if (stack.Count == 0)
        {
            var start = new OutlineNode(PlanSectionKind.Preamble, "", "", PreambleSegment, OutlineLabel.Root);
            roots.Add(start);
            stack.Push(start);
        }

        return stack.Peek();
    }
}
