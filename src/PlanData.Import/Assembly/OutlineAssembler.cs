using PlanData.Import.Normalization;
using PlanData.Import.Notes;
using PlanData.Import.Structure;
using PlanData.Plans;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>The outline as sections with paths, the footnotes its text marks, and the appendices it points to.</summary>
public static class OutlineAssembler
{
    public sealed record Outline(IReadOnlyList<SectionEntry> Sections, IReadOnlyList<FootnoteEntry> Footnotes, IReadOnlyList<AppendixReferenceEntry> AppendixReferences);

    public static Outline Assemble(ImportContext context, DocumentStructure structure, IReadOnlyList<SourceLine> lines)
    {
        var notes = Notes(lines);
        var noteLines = notes.Values.Select(n => n.Line).ToHashSet();
        context.Map(noteLines);
        var roots = OutlineBuilder.Build(structure, noteLines.Contains);

        var placed = new List<(OutlineNode Node, string Path)>();
        var sections = new List<SectionEntry>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Flatten(OutlineNode node, string? parent, int depth)
        {
            var printed = parent is null ? node.Segment : $"{parent}/{node.Segment}";
            var path = printed;
            for (var n = 2; !paths.Add(path); n++)
            {
                // A number printed twice (a typo, or an OCR misread) still gets a part of its own.
                path = $"{printed} ({n})";
            }

            var all = node.AllLines().ToList();
            sections.Add(new SectionEntry(path, parent, depth, node.Kind, node.Label, node.Heading, [.. node.Paragraphs.Select(p => p.Text)],
                all.Count == 0 ? 0 : all.Min(l => l.First), all.Count == 0 ? 0 : all.Max(l => l.Last)));
            placed.Add((node, path));
            foreach (var child in node.Children)
            {
                Flatten(child, path, depth + 1);
            }
        }

        foreach (var root in roots)
        {
            Flatten(root, null, 0);
        }

        var texts = structure.Title.Select(l => (Line: l, Path: (string?)null, Label: ""))
            .Concat(placed.SelectMany(p => p.Node.HeadingLines.Select(l => (Line: l, Path: (string?)p.Path, p.Node.Label))
                .Concat(p.Node.Paragraphs.Select(l => (Line: l, Path: (string?)p.Path, Label: "")))))
            .ToList();
        var footnotes = new List<FootnoteEntry>();
        foreach (var (line, path, label) in texts)
        {
            foreach (var (marker, index) in FootnoteMarkers.In(line.Text))
            {
                var carried = notes.TryGetValue(marker, out var note);
                var before = FootnoteMarkers.ContextBefore(line.Text, index);
                before = label.Length > 0 && before.StartsWith(label + " ", StringComparison.Ordinal) ? before[(label.Length + 1)..] : before;
                footnotes.Add(new FootnoteEntry(marker, path, line.LineAt(index), before, carried ? note.Text : null, carried ? note.Line.First : null));
            }
        }

        var appendices = placed.Where(p => p.Node.Kind == PlanSectionKind.Appendix).ToList();
        var appendixHeadings = appendices.SelectMany(a => a.Node.HeadingLines).ToHashSet();
        var references = new List<AppendixReferenceEntry>();
        foreach (var (line, path, _) in texts.Where(t => !appendixHeadings.Contains(t.Line)))
        {
            foreach (var (appendix, numeral, sentence) in AppendixMentions.In(line.Text))
            {
                var target = numeral is null
                    ? appendices is [var only] ? only.Path : null
                    : appendices.FirstOrDefault(a => AppendixMentions.Same(a.Node.Numeral, numeral)).Path;
                references.Add(new AppendixReferenceEntry(appendix, path, line.First, sentence, target));
                context.Map(line);
            }
        }

        return new Outline(sections, footnotes, references);
    }

    /// <summary>The notes a copy carries: a line that opens with a mark the text has used before it.</summary>
    private static Dictionary<string, (string Text, SourceLine Line)> Notes(IReadOnlyList<SourceLine> lines)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var notes = new Dictionary<string, (string, SourceLine)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (FootnoteMarkers.IsNote(line.Text, out var marker, out var text) && used.Contains(marker) && !notes.ContainsKey(marker))
            {
                notes[marker] = (text, line);
                continue;
            }

            used.UnionWith(FootnoteMarkers.In(line.Text).Select(m => m.Marker));
        }

        return notes;
    }
}
