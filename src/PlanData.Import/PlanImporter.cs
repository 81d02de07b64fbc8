using System.Text.RegularExpressions;
using PlanData.Import.Agencies;
using PlanData.Import.Assembly;
using PlanData.Import.Dates;
using PlanData.Import.Headers;
using PlanData.Import.Normalization;
using PlanData.Import.Numbers;
using PlanData.Import.Reports;
using PlanData.Import.Signatures;
using PlanData.Import.Sources;
using PlanData.Import.Structure;
using PlanData.Plans;
using PlanData.Seeding;
using PlanData.Text;

namespace PlanData.Import;

/// <summary>
/// Reads one plan document into its structured form: normalise → cut into parts → read each
/// field → assemble, accounting for every non-empty source line as mapped or reported.
/// </summary>
public static partial class PlanImporter
{
    public static ImportResult Import(string text, string fileName, string sha256, AgencyRegistryFile registry, bool allowIncomplete = false) =>
        Import(DocumentModel.FromText(SourceFormat.Text, text), fileName, sha256, registry, allowIncomplete);

    public static ImportResult Import(DocumentModel model, string fileName, string sha256, AgencyRegistryFile registry, bool allowIncomplete = false, PublisherMetadata? sidecar = null)
    {
        var report = new ImportReport(fileName);
        var all = TextNormalizer.Normalize(model, out var rawLines);
        var provenance = all.TakeWhile(l => Provenance().IsMatch(l.Text)).ToList();
        var lines = all.Skip(provenance.Count).ToList();
        var structure = StructureParser.Parse(lines);

        var metadata = PublisherMetadata.From(provenance).With(sidecar ?? PublisherMetadata.None);
        var identity = IdentityReader.Read(structure, registry, report, fileName, metadata);
        if (identity is null || report.HasErrors)
        {
            return new ImportResult(null, [], report);
        }

        report.Number = identity.NumberText.Length > 0 ? identity.NumberText : null;
        var jurisdiction = identity.Jurisdiction;
        var context = new ImportContext(rawLines, identity.Agencies, report, jurisdiction.Code, identity.Year ?? 0);
        context.Map(provenance);
        foreach (var headerLine in structure.Head.Lines)
        {
            context.Mapped.Add(headerLine);
        }

        var issuer = identity.Issuer;
        var title = identity.Title;
        foreach (var line in structure.Title)
        {
            CitationAssembler.Read(context, line, null);
        }

        foreach (var line in structure.Preamble)
        {
            CitationAssembler.Read(context, line, null);
            if (CitationAssembler.HasCitation(line.Text) || IssuingFormula().IsMatch(line.Text))
            {
                context.Map(line);
            }
        }

        var purposes = ReadPurposes(context, structure.SectionOf(SectionKind.Purposes));
        var content = structure.SectionOf(SectionKind.Content);
        var items = content is null ? [] : ContentParser.Parse(content.Body, context.Mapped).Select((block, n) => ItemAssembler.Assemble(context, block, n + 1)).ToList();
        if (items.Count == 0 && TaskTable(structure.Attachment) is { Count: > 0 } table)
        {
            // A resolution or decision whose programme lists its tasks in an appendix table (03/NQ-CP's Phụ lục II): those are its items.
            items = [.. ContentParser.Parse(table, context.Mapped).Select((block, n) => ItemAssembler.Assemble(context, block, n + 1))];
        }
        var lacking = new List<string>();
        if (items.Count > 0 && Truncation.Describe(structure, lines) is { } truncated)
        {
            if (!allowIncomplete)
            {
                report.Fail("truncated", lines[^1].Last, truncated + ": use --allow-incomplete to import what could be read");
                return new ImportResult(null, [], report);
            }

            report.Warn("truncated", lines[^1].Last, truncated + ": imported what could be read, and its last item may be incomplete");
            lacking.AddRange(["the rest of the text after its last item", "recipients (Nơi nhận)", "signature"]);
        }

        if (items.Count == 0)
        {
            const string missing = "the document has no readable content section (items); it looks truncated";
            if (!allowIncomplete)
            {
                report.Fail("no-content", content?.Heading[0].First, missing + ": use --allow-incomplete to import what could be read");
                return new ImportResult(null, [], report);
            }

            report.Warn("no-content", content?.Heading[0].First, missing + "; imported the header, number, date, title and citations only");
            lacking.AddRange(["content section (items)", "recipients (Nơi nhận)", "signature"]);
        }

        var organisation = structure.SectionOf(SectionKind.Organisation);
        var (responsibilities, deadlines) = organisation is null ? ([], []) : OrganisationAssembler.Assemble(context, organisation.Body);
        var recipients = RecipientAssembler.Assemble(context, structure.Recipients);
        var signature = SignatureReader.Read([.. structure.Signature.Select(l => l.Text)]);
        if (signature is null)
        {
            report.Warn("no-signature", structure.Signature.FirstOrDefault()?.First, "no signature block was read");
        }
        else
        {
            context.Map(structure.Signature);
        }

        foreach (var section in structure.Sections)
        {
            context.Map(section.Heading);
            foreach (var line in section.Heading)
            {
                CitationAssembler.Read(context, line, null);
            }

            // A part no reader structures (a review of the past year, the basis as a numbered list) still cites documents.
            foreach (var line in section.Kind == SectionKind.Other ? section.Body : [])
            {
                CitationAssembler.Read(context, line, null);
                if (CitationAssembler.HasCitation(line.Text))
                {
                    context.Map(line);
                }
            }
        }

        // An indicator table ("Chỉ tiêu | Đơn vị | Kết quả") is read wherever it stands: in a part, an attachment, an appendix.
        IndicatorTableAssembler.ReadAll(context, lines);

        // Whatever no reader took may still cite documents (a decision's attached programme, its appendices): every citation is data.
        foreach (var line in lines.Where(l => l.Lines.All(n => !context.Mapped.Contains(n))))
        {
            CitationAssembler.Read(context, line, null);
            if (CitationAssembler.HasCitation(line.Text))
            {
                context.Map(line);
            }
        }

        // An attachment names the document it is attached to ("Kèm theo Nghị quyết số 03/NQ-CP"): that is no citation.
        context.References.RemoveAll(r => identity.Number is { } own && string.Equals(r.To.Number, own.Number, StringComparison.OrdinalIgnoreCase));

        if (lacking.Count > 0 && lines.Count > 0 && lines[^1] is var last)
        {
            // A copy cut off mid-number ("Quyết định số 2629/QĐ-T") ends with a symbol that is not whole.
            var cut = context.References.FindAll(r => r.Line == last.Last && last.Text.TrimEnd().EndsWith(r.To.Printed, StringComparison.Ordinal));
            foreach (var reference in cut)
            {
                context.References.Remove(reference);
                report.Warn("cut-off-citation", reference.Line, $"the copy ends inside a citation: \"{reference.To.Printed}\" may not be the whole number, so it is not read");
            }
        }

        if (structure.RecipientsHeading is { } heading)
        {
            context.Map(heading);
        }

        var outline = OutlineAssembler.Assemble(context, structure, lines);
        var source = Coverage(context, model, fileName, sha256);
        var number = identity.Number;
        var document = new DocumentEntry(identity.NumberText, identity.PrintedNumber, number?.Serial, identity.Symbol, identity.Kind, identity.KindCode, issuer.Code, identity.IssuedOn, identity.Year, jurisdiction.Code, title);
        var plan = new PlanEntry(
            title,
            identity.Year,
            identity.IssuedOn,
            identity.Place ?? "",
            jurisdiction.Code,
            issuer.Code,
            signature is null ? null : new SignatureEntry(signature.Name, signature.Position, signature.Capacity),
            purposes,
            items,
            context.Indicators,
            context.References,
            responsibilities,
            deadlines,
            recipients,
            [.. lacking.Distinct()])
        {
            Sections = outline.Sections,
            Footnotes = outline.Footnotes,
            AppendixReferences = outline.AppendixReferences,
        };

        report.Counts["items"] = items.Count;
        report.Counts["assignments"] = items.Sum(i => i.Assignments.Count);
        report.Counts["citations"] = context.References.Count;
        report.Counts["indicators"] = context.Indicators.Count;
        report.Counts["responsibilities"] = responsibilities.Count;
        report.Counts["reporting deadlines"] = deadlines.Count;
        report.Counts["recipients"] = recipients.Count;
        report.Counts["sections"] = outline.Sections.Count;
        report.Counts["footnotes"] = outline.Footnotes.Count;
        report.Counts["appendix references"] = outline.AppendixReferences.Count;
        return new ImportResult(new PlanFile(source, document, plan), [.. context.Agencies.Created], report, [.. identity.Jurisdictions.Created]);
    }

    private static List<string> ReadPurposes(ImportContext context, Section? section)
    {
        var purposes = new List<string>();
        foreach (var line in IndicatorTable.Outside(section?.Body ?? []))
        {
            var text = NumberedEntry.TryRead(line.Text, out _, out var rest) ? rest : FieldLabel.HasMarker(line.Text) ? FieldLabel.WithoutMarker(line.Text) : null;
            if (text is null && purposes.Count > 0)
            {
                text = purposes[^1] + " " + line.Text;
                purposes.RemoveAt(purposes.Count - 1);
            }

            text ??= line.Text;
            purposes.Add(text);
            context.Map(line);
            CitationAssembler.Read(context, text, line.First, null);
            IndicatorAssembler.Read(context, text, null, null);
        }

        return purposes;
    }

    /// <summary>The rows of the first table in <paramref name="lines"/> whose header names tasks and who leads them.</summary>
    private static List<SourceLine> TaskTable(IReadOnlyList<SourceLine> lines)
    {
        var start = lines.ToList().FindIndex(l => TableRow.TryRead(l.Text, out var cells)
            && cells.Any(c => TextFolding.Fold(c).Contains("nhiem vu", StringComparison.Ordinal))
            && cells.Any(c => TextFolding.Fold(c).Contains("chu tri", StringComparison.Ordinal)));
        return start < 0 ? [] : [.. lines.Skip(start).TakeWhile(l => TableRow.TryRead(l.Text, out _))];
    }

    /// <summary>Counts non-empty lines; reports each one that no field took.</summary>
    private static SourceEntry Coverage(ImportContext context, DocumentModel model, string fileName, string sha256)
    {
        var nonEmpty = context.RawLines.Select((text, i) => (Text: text, Line: i + 1)).Where(l => l.Text.Trim().Length > 0).ToList();
        foreach (var (text, line) in nonEmpty.Where(l => !context.Mapped.Contains(l.Line) && !context.Reported.Contains(l.Line)))
        {
            // A line OCR read and no reader placed is reported with how sure OCR was, never guessed into a field.
            var confidence = line <= model.Blocks.Count ? model.Blocks[line - 1].Origin.OcrConfidence : null;
            context.Report.Warn("unmapped-line", line, confidence is { } c ? $"line not mapped to any field (read by OCR, confidence {c:0.00})" : "line not mapped to any field", text.Trim());
        }

        var mapped = nonEmpty.Count(l => context.Mapped.Contains(l.Line));
        context.Report.LineCount = nonEmpty.Count;
        context.Report.MappedLineCount = mapped;
        if (model.Format == SourceFormat.ScannedPdf)
        {
            context.Report.Warn("ocr", null, $"the text was read by OCR from a scan (mean confidence {model.OcrConfidence:0.00}): check numbers and names against the scan");
        }

        return new SourceEntry(fileName, sha256, nonEmpty.Count, mapped, model.Format, model.OcrConfidence is { } mean ? Math.Round(mean, 3) : null);
    }

    // A copy saved with where it came from: "# source: https://..." and "# note: ..." lines before the text.
    [GeneratedRegex(@"^#\s*[a-z][a-z-]*\s*:\s")]
    private static partial Regex Provenance();

    [GeneratedRegex(@"ban hành Kế hoạch", RegexOptions.IgnoreCase)]
    private static partial Regex IssuingFormula();
}
