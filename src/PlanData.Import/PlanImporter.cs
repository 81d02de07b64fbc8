using System.Text.RegularExpressions;
using PlanData.Import.Agencies;
using PlanData.Import.Assembly;
using PlanData.Import.Dates;
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

    public static ImportResult Import(DocumentModel model, string fileName, string sha256, AgencyRegistryFile registry, bool allowIncomplete = false)
    {
        var report = new ImportReport(fileName);
        var lines = TextNormalizer.Normalize(model.Text, out var rawLines);
        var structure = StructureParser.Parse(lines);

        var number = ReadNumber(structure, report);
        var place = "";
        var issuedOn = default(DateOnly);
        if (structure.DateLine is null || !VietnameseDates.TryParseDateLine(structure.DateLine.Text, out place, out issuedOn))
        {
            report.Fail("no-date", structure.DateLine?.First, "the document has no place-and-date line (e.g. \"Quảng Ngãi, ngày 10 tháng 3 năm 2022\")");
        }

        var jurisdiction = registry.Jurisdictions.FirstOrDefault(j => TextFolding.Fold(j.Name) == TextFolding.Fold(place));
        if (jurisdiction is null && structure.DateLine is not null)
        {
            report.Fail("unknown-jurisdiction", structure.DateLine.First, $"the place \"{place}\" is not a jurisdiction of the registry");
        }

        var title = string.Join(' ', structure.Title.Select(l => l.Text));
        if (structure.TypeLine is null || title.Length == 0)
        {
            report.Fail("no-title", structure.TypeLine?.First, "the document has no \"KẾ HOẠCH\" line followed by a title");
        }

        if (number is null || jurisdiction is null || report.HasErrors)
        {
            return new ImportResult(null, [], report);
        }

        report.Number = number.Number;
        var context = new ImportContext(rawLines, new AgencyResolver(registry, jurisdiction.Code), report, jurisdiction.Code, issuedOn.Year);
        context.Map(new[] { structure.NumberLine, structure.DateLine, structure.TypeLine }.OfType<SourceLine>());
        context.Map(structure.Title);
        var issuer = ReadIssuer(context, structure, number);
        if (issuer is null)
        {
            report.Fail("no-issuer", structure.NumberLine?.First, $"the issuer of {number.Number} is neither in the header nor known by its abbreviation {number.IssuerAbbreviation}");
            return new ImportResult(null, [], report);
        }

        foreach (var line in structure.Preamble)
        {
            CitationAssembler.Read(context, line.Text, line.First, null);
            if (CitationAssembler.HasCitation(line.Text) || IssuingFormula().IsMatch(line.Text))
            {
                context.Map(line);
            }
        }

        var purposes = ReadPurposes(context, structure.SectionOf(SectionKind.Purposes));
        var content = structure.SectionOf(SectionKind.Content);
        var items = content is null ? [] : ContentParser.Parse(content.Body, context.Mapped).Select((block, n) => ItemAssembler.Assemble(context, block, n + 1)).ToList();
        if (items.Count > 0 && Truncation.Describe(structure, lines) is { } truncated)
        {
            if (!allowIncomplete)
            {
                report.Fail("truncated", lines[^1].Last, truncated + ": use --allow-incomplete to import what could be read");
                return new ImportResult(null, [], report);
            }

            report.Warn("truncated", lines[^1].Last, truncated + ": imported what could be read, and its last item may be incomplete");
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
        }

        if (structure.RecipientsHeading is { } heading)
        {
            context.Map(heading);
        }

        var source = Coverage(context, fileName, sha256);
        var document = new DocumentEntry(number.Number, number.Printed, number.Serial, number.Symbol, number.Kind, number.KindCode, issuer.Code, issuedOn, issuedOn.Year, jurisdiction.Code, title);
        var plan = new PlanEntry(
            title,
            issuedOn.Year,
            issuedOn,
            place,
            jurisdiction.Code,
            issuer.Code,
            signature is null ? null : new SignatureEntry(signature.Name, signature.Position, signature.Capacity),
            purposes,
            items,
            context.Indicators,
            context.References,
            responsibilities,
            deadlines,
            recipients);

        report.Counts["items"] = items.Count;
        report.Counts["assignments"] = items.Sum(i => i.Assignments.Count);
        report.Counts["citations"] = context.References.Count;
        report.Counts["indicators"] = context.Indicators.Count;
        report.Counts["responsibilities"] = responsibilities.Count;
        report.Counts["reporting deadlines"] = deadlines.Count;
        report.Counts["recipients"] = recipients.Count;
        return new ImportResult(new PlanFile(source, document, plan), [.. context.Agencies.Created], report);
    }

    private static DocumentNumber? ReadNumber(DocumentStructure structure, ImportReport report)
    {
        var printed = structure.NumberLine?.Text[(structure.NumberLine.Text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        if (printed is not null && DocumentNumberReader.TryParse(printed, out var number))
        {
            return number;
        }

        report.Fail("no-number", structure.NumberLine?.First, printed is null
            ? "the document has no \"Số: ...\" line with its number"
            : $"\"{printed}\" is not a document number");
        return null;
    }

    /// <summary>The issuer: the most specific header line the registry knows, else the symbol's issuer abbreviation.</summary>
    private static AgencyEntry? ReadIssuer(ImportContext context, DocumentStructure structure, DocumentNumber number)
    {
        // The issuer block may wrap ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI"): try the lowest lines first, then wider runs.
        var header = structure.Header;
        for (var end = header.Count; end > 0; end--)
        {
            for (var start = end - 1; start >= Math.Max(0, end - 3); start--)
            {
                var run = header.Skip(start).Take(end - start).ToList();
                if (context.Agencies.Find(string.Join(' ', run.Select(l => l.Text))) is { } agency)
                {
                    context.Map(header.Take(end));
                    return agency;
                }
            }
        }

        return CitationAssembler.ByAbbreviation(context, number);
    }

    private static List<string> ReadPurposes(ImportContext context, Section? section)
    {
        var purposes = new List<string>();
        foreach (var line in section?.Body ?? [])
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

    /// <summary>Counts non-empty lines; reports each one that no field took.</summary>
    private static SourceEntry Coverage(ImportContext context, string fileName, string sha256)
    {
        var nonEmpty = context.RawLines.Select((text, i) => (Text: text, Line: i + 1)).Where(l => l.Text.Trim().Length > 0).ToList();
        foreach (var (text, line) in nonEmpty.Where(l => !context.Mapped.Contains(l.Line)))
        {
            context.Report.Warn("unmapped-line", line, "line not mapped to any field", text.Trim());
        }

        var mapped = nonEmpty.Count(l => context.Mapped.Contains(l.Line));
        context.Report.LineCount = nonEmpty.Count;
        context.Report.MappedLineCount = mapped;
        return new SourceEntry(fileName, sha256, nonEmpty.Count, mapped);
    }

    [GeneratedRegex(@"ban hành Kế hoạch", RegexOptions.IgnoreCase)]
    private static partial Regex IssuingFormula();
}
