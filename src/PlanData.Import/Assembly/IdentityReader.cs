using System.Text.RegularExpressions;
using PlanData.Agencies;
using PlanData.Documents;
using PlanData.Import.Agencies;
using PlanData.Import.Headers;
using PlanData.Import.Jurisdictions;
using PlanData.Import.Numbers;
using PlanData.Import.Reports;
using PlanData.Import.Structure;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>
/// The header's facts → a document's identity. The jurisdiction is the lowest place the issuer's
/// lines name (XÃ TỊNH TRÀ, TỈNH HẢI DƯƠNG), else the place of the date line; a national body
/// (by its name or its number's issuer part) is national wherever it signs. The issuer is the
/// lowest header line a registry or template knows, else the number's issuer part; a name no
/// registry knows becomes a new agency, reported. Nothing here refuses a well-formed document
/// for an unknown place: only a copy with no issuer and no place at all is refused.
/// </summary>
public static partial class IdentityReader
{
    private static readonly HashSet<string> _localAbbreviations = new(StringComparer.Ordinal) { "UBND", "UBNDT", "VPUBND", "VPUB", "HĐND", "VP" };

    public static DocumentIdentity? Read(DocumentStructure structure, AgencyRegistryFile registry, ImportReport report, string fileName, PublisherMetadata? metadata = null)
    {
        metadata ??= PublisherMetadata.None;
        var head = structure.Head;
        var headLine = head.Lines.Count > 0 ? head.Lines[0] : (int?)null;
        foreach (var doubt in head.Doubts)
        {
            report.Warn("doubtful", head.Date?.Lines[0] ?? headLine, doubt);
        }

        var (number, printed, symbol, kind, kindCode) = ReadNumber(head, report, metadata);
        var issuedOn = head.IssuedOn;
        var year = head.Year;
        var declared = metadata.IssuedOn(out var unreadableDate);
        if (unreadableDate is not null)
        {
            report.Warn("metadata", null, $"the publisher's date \"{unreadableDate}\" is not a date (yyyy-MM-dd or dd/mm/yyyy): it is not used");
        }

        if (head.Date is null && declared is { } given)
        {
            (issuedOn, year) = (given, given.Year);
            report.Warn("from-metadata", null, $"the copy prints no date: {given:yyyy-MM-dd} is the publisher's");
        }
        else if (declared is { } other && issuedOn is { } printedDate && other != printedDate)
        {
            report.Warn("doubtful", head.Date?.Lines[0], $"the header prints {printedDate:yyyy-MM-dd}, the publisher says {other:yyyy-MM-dd}: the header's is kept");
        }
        else if (head.Date is null)
        {
            report.Warn("no-date", headLine, "the copy prints no place-and-date line (e.g. \"Quảng Ngãi, ngày 10 tháng 3 năm 2022\"): its date of issue is unknown");
        }

        var place = head.Place ?? metadata.Place;
        var jurisdictions = new JurisdictionResolver(registry, fileName);
        var issuerLines = head.Issuer.Select(p => p.Text).ToList();
        if (issuerLines.Count == 0 && metadata.Issuer is { } declaredIssuer)
        {
            // "Ủy ban nhân dân xã Thạch Kim, huyện Lộc Hà, tỉnh Hà Tĩnh": the body, then the places above it, as header lines would be.
            issuerLines = [.. declaredIssuer.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse()];
            report.Warn("from-metadata", null, $"the copy prints no issuer: \"{declaredIssuer}\" is the publisher's");
        }
        var national = new AgencyResolver(registry, "viet-nam");
        var nationalIssuer = NationalIssuer(national, issuerLines, number);
        JurisdictionEntry? jurisdiction;
        IReadOnlyList<string> enclosing = [];
        if (nationalIssuer is not null)
        {
            jurisdiction = jurisdictions.Find(nationalIssuer.Jurisdiction) ?? jurisdictions.National;
        }
        else
        {
            (jurisdiction, enclosing) = LocalJurisdiction(structure, jurisdictions, issuerLines, place, report, headLine);
        }

        if (jurisdiction is null)
        {
            report.Fail("no-issuer", headLine, "the copy names neither its issuer nor a place: give its header, or import the published file that has one");
            return null;
        }

        var pool = new List<AgencyEntry>();
        foreach (var code in enclosing.Prepend(jurisdiction.Code))
        {
            for (var unit = jurisdictions.Find(code); unit is not null; unit = unit.MergedInto is { } merged ? jurisdictions.Find(merged) : null)
            {
                pool.AddRange(AgencyTemplates.For(registry, unit));
            }
        }

        var agencies = new AgencyResolver(registry, jurisdiction.Code, pool, enclosing);
        // Whoever signs the header belongs to the header's jurisdiction: a district's "BAN CHỈ ĐẠO" is not its province's.
        var issuer = nationalIssuer is not null ? nationalIssuer
            : LocalIssuer(agencies, issuerLines, number) is { } local && local.Jurisdiction == jurisdiction.Code ? local : null;
        if (issuer is null && issuerLines.Count > 0)
        {
            // A body no registry or template knows: made from its header, in its jurisdiction.
            var mention = agencies.Resolve(issuerLines[^1]);
            report.Warn("unknown-agency", headLine, $"the issuer is not in the registry, created as {mention.Agency.Code}", issuerLines[^1]);
            issuer = mention.Agency;
        }

        if (issuer is null && number is null && head.Number is { } unreadable && !unreadable.Text.StartsWith('/'))
        {
            // Without a readable number the symbol cannot name the issuer either: the number is what is wrong.
            report.Messages.RemoveAll(m => m.Code == "unreadable-number");
            report.Fail("no-number", unreadable.Lines[0], $"\"{unreadable.Text}\" is not a document number, and the header names no issuer");
            return null;
        }

        if (issuer is null)
        {
            report.Fail("no-issuer", headLine, number is null
                ? "the copy prints no issuer in its header and no number whose symbol names one"
                : $"the issuer of {number.Number} is neither in the header nor known by its abbreviation {number.IssuerAbbreviation}");
            return null;
        }

        var title = head.TitleText;
        if (title.Length == 0 && metadata.Title is { } declaredTitle)
        {
            title = declaredTitle;
            report.Warn("from-metadata", null, "the copy prints no title: the publisher's is used");
        }
        else if (title.Length == 0)
        {
            report.Warn("no-title", head.TypeLine?.First ?? headLine, "the copy prints no title after its header");
        }

        return new DocumentIdentity(number, printed, symbol, kind, kindCode, place, issuedOn, year, jurisdiction, agencies.Use(issuer), title, agencies, jurisdictions);
    }

    private static (DocumentNumber?, string, string, DocumentKind, string) ReadNumber(DocumentHeader head, ImportReport report, PublisherMetadata metadata)
    {
        var typeKind = head.DocumentType is { } type && DocumentKinds.TryGetByWord(SentenceCase(type), out var byWord) ? (byWord.Kind, byWord.Code) : (DocumentKind.Plan, "KH");
        var line = head.Number?.Lines[0];
        DocumentNumber? declared = null;
        if (metadata.Number is { } given && !DocumentNumberReader.TryParse(given, out declared))
        {
            report.Warn("metadata", null, $"the publisher's number \"{given}\" is not a document number: it is not used");
        }

        if (head.Number is null && declared is not null)
        {
            report.Warn("from-metadata", null, $"the copy prints no number: {declared.Number} is the publisher's");
            return (declared, declared.Printed, declared.Symbol, declared.Kind, declared.KindCode);
        }

        if (head.Number is not null && declared is not null && DocumentNumberReader.TryParse(head.Number.Text, out var printedNumber)
            && !string.Equals(printedNumber.Number, declared.Number, StringComparison.OrdinalIgnoreCase))
        {
            // An OCR'd header ("533 /KH-UBND") against the page's own number (593/KH-UBND): say so, guess nothing.
            report.Warn("doubtful", line, $"the header prints {printedNumber.Number}, the publisher says {declared.Number}: the header's is kept");
        }

        if (head.Number is null)
        {
            report.Warn("no-number", head.Lines.Count > 0 ? head.Lines[0] : null, "the copy prints no number (\"Số: ...\"): it is keyed by its issuer, date and title");
            return (null, "", typeKind.Item2, typeKind.Item1, typeKind.Item2);
        }

        var printed = head.Number.Text;
        if (printed.StartsWith('/'))
        {
            var symbol = printed.TrimStart('/', ' ');
            var code = symbol.Split('-')[0];
            var kind = DocumentKinds.TryGetByAbbreviation(code, out var k) ? (k.Kind, k.Code) : typeKind;
            report.Warn("blank-number", line, $"the number is blank (\"Số: {printed}\"): the document is keyed by its issuer, date and title");
            return (null, printed, symbol, kind.Item1, kind.Item2);
        }

        if (DocumentNumberReader.TryParse(printed, out var number))
        {
            return (number, number.Printed, number.Symbol, number.Kind, number.KindCode);
        }

        report.Warn("unreadable-number", line, $"\"{printed}\" is not a document number: the document is keyed by its issuer, date and title");
        return (null, printed, typeKind.Item2, typeKind.Item1, typeKind.Item2);
    }

    /// <summary>A national body named by the number's issuer part (BCĐTW, UBQGCĐS, CP) or by a header line (Ủy ban Quốc gia về chuyển đổi số).</summary>
    private static AgencyEntry? NationalIssuer(AgencyResolver national, IReadOnlyList<string> issuerLines, DocumentNumber? number)
    {
        if (number is { IssuerAbbreviation: { Length: > 0 } abbreviation } && !_localAbbreviations.Contains(abbreviation)
            && national.Find(abbreviation) is { Jurisdiction: "viet-nam" } byNumber)
        {
            return byNumber;
        }

        // A header line that names a province ("ỦY BAN NHÂN DÂN TỈNH X") is not national, even if a national body shares its words.
        return Runs(issuerLines).Select(run => national.Find(run)).FirstOrDefault(a => a is { Jurisdiction: "viet-nam" } && !NamesPlace(issuerLines));
    }

    // The type line is in capitals ("KẾ HOẠCH"); the table of type words is in sentence case ("Kế hoạch"). OCR's "KÊ HOẠCH" stays unknown.
    private static string SentenceCase(string type)
    {
        var lower = Regex.Replace(type, @"\s+", " ").ToLowerInvariant();
        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    private static bool NamesPlace(IReadOnlyList<string> issuerLines) => issuerLines.Any(l => PlaceName.FindAll(l).Count > 0);

    private static AgencyEntry? LocalIssuer(AgencyResolver agencies, IReadOnlyList<string> issuerLines, DocumentNumber? number)
    {
        foreach (var run in Runs(issuerLines))
        {
            if (agencies.Find(run) is { } agency)
            {
                return agency;
            }
        }

        if (number is not { IssuerAbbreviation.Length: > 0 })
        {
            return null;
        }

        return agencies.Find(number.IssuerAbbreviation)
            ?? (number.IssuerAbbreviation is "UBND" or "UBNDT" ? agencies.PeoplesCommittee() : null);
    }

    /// <summary>The issuer block may wrap or carry its superior first: the lowest lines first, then wider runs, then the whole block.</summary>
    private static IEnumerable<string> Runs(IReadOnlyList<string> lines)
    {
        for (var end = lines.Count; end > 0; end--)
        {
            for (var start = end - 1; start >= 0; start--)
            {
                yield return string.Join(' ', lines.Skip(start).Take(end - start));
            }
        }

        // A single cell holds superior and issuer run together ("ỦY BAN NHÂN DÂN TỈNH X SỞ Y"): its tail may be the issuer.
        foreach (var line in lines.Reverse())
        {
            var words = line.Split(' ');
            for (var n = words.Length - 1; n >= 2; n--)
            {
                yield return string.Join(' ', words.Skip(words.Length - n));
            }
        }
    }

    private static (JurisdictionEntry?, IReadOnlyList<string>) LocalJurisdiction(DocumentStructure structure, JurisdictionResolver jurisdictions, IReadOnlyList<string> issuerLines, string? printedPlace, ImportReport report, int? line)
    {
        var head = structure.Head;
        var places = issuerLines.SelectMany(PlaceName.FindAll).ToList();
        var provinceName = places.LastOrDefault(p => p.Level == JurisdictionLevel.Provincial);
        var local = places.LastOrDefault(p => p.Level is JurisdictionLevel.District or JurisdictionLevel.Commune);
        JurisdictionEntry? province = null;
        if (provinceName is not null)
        {
            province = ProvinceOf(jurisdictions, provinceName.Printed, report, line);
        }

        if (province is null && printedPlace is { } place)
        {
            province = ProvinceOf(jurisdictions, place, report, line, quiet: local is not null);
        }

        var context = string.Join(' ', head.Title.Select(l => l.Text).Concat(structure.Preamble.Take(10).Select(l => l.Text)));
        if (province is null && local is not null)
        {
            province = jurisdictions.FirstProvinceIn(context);
            if (province is not null)
            {
                report.Warn("inferred-province", line, $"the header names {local.Type} {local.Name} but not its province; {province.FullName ?? province.Name} is the province the title or preamble names");
            }
        }

        if (province is null)
        {
            if (printedPlace is null && local is null)
            {
                return (null, []);
            }

            // A place no registry knows: made from the document, and reported.
            var unknown = PlaceName.Parse(local?.Printed ?? printedPlace!);
            var made = jurisdictions.Local(unknown with { Type = unknown.Type.Length == 0 ? "tỉnh" : unknown.Type }, jurisdictions.National, null);
            report.Warn("unknown-jurisdiction", line, $"the place \"{unknown.Printed}\" is not in the registry: created as {made.Code}");
            return (made, [jurisdictions.National.Code]);
        }

        if (local is null)
        {
            return (province, []);
        }

        JurisdictionEntry? district = null;
        if (local.Level == JurisdictionLevel.Commune && (places.FirstOrDefault(p => p.Level == JurisdictionLevel.District) ?? jurisdictions.FirstDistrictIn(context)) is { } districtName)
        {
            district = jurisdictions.Local(districtName, province, null);
        }

        var unit = jurisdictions.Local(local, province, district);
        if (jurisdictions.Created.Any(c => c.Code == unit.Code))
        {
            report.Warn("new-jurisdiction", line, $"{unit.FullName} ({unit.Code}) is not in the registry: created under {(district ?? province).Code}");
        }

        return (unit, district is null ? [province.Code] : [district.Code, province.Code]);
    }

    private static JurisdictionEntry? ProvinceOf(JurisdictionResolver jurisdictions, string printed, ImportReport report, int? line, bool quiet = false)
    {
        var match = jurisdictions.Province(printed);
        if (match is { Loose: true } && !quiet)
        {
            report.Warn("doubtful", line, $"the place \"{printed}\" is read as {match.Entry.Name}, one letter off");
        }

        return match?.Entry;
    }

}
