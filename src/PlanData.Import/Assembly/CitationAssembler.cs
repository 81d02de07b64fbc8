using PlanData.Documents;
using PlanData.Import.Citations;
using PlanData.Import.Normalization;
using PlanData.Import.Numbers;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>Turns the citations of a sentence into references to documents, their issuers resolved.</summary>
public static class CitationAssembler
{
    public static void Read(ImportContext context, string text, int line, int? item)
    {
        foreach (var citation in CitationReader.ReadAll(text))
        {
            context.References.Add(new ReferenceEntry(Document(context, citation, line), citation.Relation, item, line, Sentences.Around(text, citation.Index)));
        }
    }

    /// <summary>The citations of a logical line, each at the source line where its number is printed.</summary>
    public static void Read(ImportContext context, SourceLine line, int? item)
    {
        foreach (var citation in CitationReader.ReadAll(line.Text))
        {
            var at = line.LineAt(citation.Index + Math.Max(0, citation.Number.Printed.Length > 0 ? line.Text.IndexOf(citation.Number.Printed, citation.Index, StringComparison.Ordinal) - citation.Index : 0));
            context.References.Add(new ReferenceEntry(Document(context, citation, at), citation.Relation, item, at, Sentences.Around(line.Text, citation.Index)));
        }
    }

    public static bool HasCitation(string text) => CitationReader.ReadAll(text).Count > 0;

    private static DocumentEntry Document(ImportContext context, Citation citation, int line)
    {
        var number = citation.Number;
        var issuer = (citation.IssuerText is { } text ? context.Agencies.Find(text) : null) ?? ByAbbreviation(context, number);
        if (issuer is null)
        {
            context.Report.Warn("unknown-issuer", line, $"the issuer of {number.Number} is not in the registry", citation.IssuerText ?? number.IssuerAbbreviation);
        }

        return new DocumentEntry(
            number.Number,
            number.Printed,
            number.Serial,
            number.Symbol,
            number.Kind,
            number.KindCode,
            issuer?.Code,
            citation.IssuedOn,
            citation.IssuedOn?.Year ?? number.Year,
            issuer?.Jurisdiction ?? context.Jurisdiction,
            citation.Summary);
    }

    /// <summary>The issuer part of a symbol (QĐ-UBND, TTr-STTTT): a known abbreviation, or the local people's committee.</summary>
    public static AgencyEntry? ByAbbreviation(ImportContext context, DocumentNumber number) =>
        number.IssuerAbbreviation.Length == 0 ? null
        : context.Agencies.Find(number.IssuerAbbreviation)
            ?? (number.IssuerAbbreviation is "UBND" or "UBNDT" ? context.Agencies.PeoplesCommittee() : null);
}
