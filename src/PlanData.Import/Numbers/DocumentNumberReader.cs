using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using PlanData.Documents;

namespace PlanData.Import.Numbers;

/// <summary>
/// Reads document numbers (số, ký hiệu) in the forms real documents print: administrative
/// (<c>04/KH-BCĐ</c>), legal-normative (<c>85/2016/NĐ-CP</c>), Party (<c>13-NQ/TU</c>) and công
/// văn (<c>5025/VPUBND</c>), tolerating a missing slash and stray spaces.
/// </summary>
public static partial class DocumentNumberReader
{
    private const string Segment = @"[A-ZĐ][A-Za-zĐđ0-9&]*";

    // Running text only tolerates spaces where printers actually put them ("04 /KH", "TTr- SKHCN");
    // a space before a hyphen is more often a dash between clauses than part of a symbol.
    private const string CandidatePattern =
        @"(?<![\p{L}\p{N}/.\-])(?<serial>\d{1,6})(?<suffix>[a-z])?(?:" +
        @"-(?<partyType>" + Segment + @")/(?<partyIssuer>" + Segment + @"(?:-" + Segment + @")*)" +
        @"|(?:[ \t]*/[ \t]*(?<year>\d{4}))?(?<slash>[ \t]*/[ \t]*|(?=[A-ZĐ]))" +
        @"(?<symbol>" + Segment + @"(?:-[ \t]*" + Segment + @"|/" + Segment + @")*)" +
        @")(?![\p{L}\p{N}])";

    [GeneratedRegex(CandidatePattern, RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^Số\s*:?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@"\s*([/-])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedSeparator();

    [GeneratedRegex(@"[-/]", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolSeparator();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>Reads a text that is only a number (an optional <c>Số:</c> label is allowed), with any spacing around its separators.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out DocumentNumber? number)
    {
        var printed = NumberLabel().Replace(text.Trim(), "", 1);
        var compact = SpacedSeparator().Replace(printed, "$1");
        var match = Candidate().Match(compact);
        number = match.Success && match.Index == 0 && match.Length == compact.Length ? Read(match, printed) : null;
        return number is not null;
    }

    public static IReadOnlyList<NumberMatch> FindAll(string text)
    {
        var found = new List<NumberMatch>();
        foreach (Match match in Candidate().Matches(text))
        {
            if (Read(match, match.Value) is { } number)
            {
                found.Add(new NumberMatch(number, match.Index, match.Length));
            }
        }

        return found;
    }

    private static DocumentNumber? Read(Match match, string printed)
    {
        // "36a/NQ-CP": a letter after the running number is part of it (the serial stays 36; the number and key keep the letter).
        var serial = int.Parse(match.Groups["serial"].Value, CultureInfo.InvariantCulture);
        var serialText = match.Groups["serial"].Value + match.Groups["suffix"].Value;
        return match.Groups["partyType"].Success
            ? ReadParty(match, printed, serialText, serial)
            : ReadAdministrative(match, printed, serialText, serial);
    }

    private static DocumentNumber? ReadParty(Match match, string printed, string serialText, int serial)
    {
        var type = match.Groups["partyType"].Value;
        if (!DocumentKinds.TryGetByAbbreviation(type, out var kind))
        {
            return null;
        }

        var issuer = match.Groups["partyIssuer"].Value;
        var symbol = $"{type}/{issuer}";
        return new DocumentNumber($"{serialText}-{symbol}", printed, serial, null, symbol, kind.Kind, kind.Code, issuer);
    }

    private static DocumentNumber? ReadAdministrative(Match match, string printed, string serialText, int serial)
    {
        int? year = null;
        if (match.Groups["year"].Success)
        {
            var printedYear = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (printedYear is < 1945 or > 2100)
            {
                return null;
            }

            year = printedYear;
        }

        var symbol = Unglue(Whitespace().Replace(match.Groups["symbol"].Value, ""));
        var segments = SymbolSeparator().Split(symbol);
        var slashPrinted = match.Groups["slash"].Length > 0;
        var normalised = year is null ? $"{serialText}/{symbol}" : $"{serialText}/{year}/{symbol}";

        if (DocumentKinds.TryGetByAbbreviation(segments[0], out var kind))
        {
            // Without the slash only "2712TTr-STTTT" is a number; "4G" or "3D" are not.
            if (!slashPrinted && (segments.Length < 2 || symbol[segments[0].Length] != '-'))
            {
                return null;
            }

            var issuer = segments.Length > 1 ? segments[1] : "";
            return new DocumentNumber(normalised, printed, serial, year, symbol, kind.Kind, kind.Code, issuer);
        }

        if (!slashPrinted || !LooksLikeAbbreviation(segments[0]))
        {
            return null;
        }

        // A symbol without a type is a công văn ("5025/VPUBND", issuer then drafting unit), unless
        // the year is printed inside: that is a legal-normative text of the National Assembly or
        // its Standing Committee ("202/2025/QH15"), a law or a resolution, which only the type
        // word in front of it can tell apart.
        return year is null
            ? new DocumentNumber(normalised, printed, serial, null, symbol, DocumentKind.OfficialLetter, "CV", segments[0])
            : new DocumentNumber(normalised, printed, serial, year, symbol, DocumentKind.Other, "", segments[0]);
    }

    // Pages drop the hyphen between type and issuer ("71/NQCP", "4732/KHUBND"). Only these pairs are
    // split: a wider rule would cut real issuer codes ("BCĐTW" is not BC + ĐTW, "HĐND" not HĐ + ND).
    private static readonly string[] _gluedTypes = ["NQ", "QĐ", "KH", "CT", "TB", "BC", "TTr"];
    private static readonly string[] _gluedIssuers = ["CP", "TTg", "UBND", "HĐND", "VPUBND"];

    private static string Unglue(string symbol)
    {
        var first = SymbolSeparator().Split(symbol)[0];
        foreach (var type in _gluedTypes)
        {
            if (first.Length > type.Length && first.StartsWith(type, StringComparison.Ordinal) && _gluedIssuers.Contains(first[type.Length..]))
            {
                return $"{type}-{symbol[type.Length..]}";
            }
        }

        return symbol;
    }

    // Keeps "3/Ban" out while letting "TTg" and "QH15" in.
    private static bool LooksLikeAbbreviation(string segment)
    {
        var upper = segment.Count(char.IsUpper);
        return upper >= 2 && upper > segment.Count(char.IsLower);
    }
}
