using System.Text.RegularExpressions;
using PlanData.Documents;
using PlanData.Import.Dates;
using PlanData.Import.Numbers;

namespace PlanData.Import.Citations;

/// <summary>
/// Reads the documents a sentence cites: <c>[type word số] number [ngày …] [của issuer] [về summary]</c>,
/// and how the sentence relates to them.
/// </summary>
public static partial class CitationReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Verbs that open a summary without "về": "của Thủ tướng Chính phủ phê duyệt Chương trình ...".
    // Lower case only, so "Ban Hướng dẫn" stays part of a name.
    private const string SummaryVerb = @"(?-i:phê\s+duyệt|ban\s+hành|quy\s+định|hướng\s+dẫn|thành\s+lập|sửa\s+đổi)";

    // A full stop ends a sentence unless it closes "TP." (thành phố) inside a name.
    private const string SentenceEnd = @"(?<!(?<![\p{L}])(?-i:TP|Tp))\.(?=\s|$)";

    // The type word, or its abbreviation as short references print it ("NQ 202/2025/QH15").
    private static readonly Regex _kindWordBefore = new(
        @"(?<![\p{L}\p{N}])(?<word>" + Alternation(DocumentKinds.ByWord.Keys) + "|(?-i:" + Alternation(DocumentKinds.ByAbbreviation.Keys) + @"))(?:\s+số)?\s*:?\s*$",
        Options | RegexOptions.Compiled);

    [GeneratedRegex(@"^\s*(?:[-+•*]\s*|\d+(?:\.\d+)*\.\s*|[a-zđ]\)\s*)?căn\s+cứ(?![\p{L}])", Options)]
    private static partial Regex LegalBasisOpening();

    [GeneratedRegex(@"(?<![\p{L}])thực\s+hiện\s*$", Options)]
    private static partial Regex ImplementsBefore();

    [GeneratedRegex(@"\G[\s,]*", Options)]
    private static partial Regex GapAt();

    [GeneratedRegex(@"\G[\s,]*của\s+", Options)]
    private static partial Regex IssuerOpening();

    // "Ủy ban Quốc gia về Chuyển đổi số" is one name: its "về" does not start the summary. Inside a
    // name "và" joins capitalised parts ("Bộ Thông tin và Truyền thông"); before lower case it
    // starts a new clause ("UBND tỉnh và thực hiện ...", "và đề xuất").
    [GeneratedRegex(@"(?<!quốc\s+gia)\s+về\s|\s+ngày\s+\d|[,;:(]|" + SentenceEnd + @"|\s+(?:" + SummaryVerb + @"|nhằm|tại)\s|\s+và\s+(?-i:\p{Ll})", Options)]
    private static partial Regex IssuerEnd();

    [GeneratedRegex(@"\G\s*(?:về\s+|(?=" + SummaryVerb + @"\s))", Options)]
    private static partial Regex SummaryOpening();

    // A comma alone does not end a summary ("đến năm 2025, định hướng đến năm 2030"), but one that
    // opens the preamble's closing clause does: ", Trưởng Ban Chỉ đạo ban hành Kế hoạch ... như sau:".
    [GeneratedRegex(@",\s*nhằm\s|\s+nhằm\s|\s+và\s+đề\s+xuất|,\s*Trưởng\s+Ban|,\s*(?=(?-i:\p{Lu})[^,;]*?\s(?-i:ban\s+hành|xây\s+dựng)\s)|;|" + SentenceEnd, Options)]
    private static partial Regex SummaryEnd();

    [GeneratedRegex(@"(?:[\s,;:]+|\s+(?:và|cùng|theo|tại)(?![\p{L}]))+$", Options)]
    private static partial Regex DanglingTail();

    [GeneratedRegex(@"của\s+(?<issuer>(?:(?!của\s)[^,;:.])+?)\s+tại\s*$", Options)]
    private static partial Regex IssuerBeforeTypeWord();

    public static IReadOnlyList<Citation> ReadAll(string sentence)
    {
        var numbers = DocumentNumberReader.FindAll(sentence);
        if (numbers.Count == 0)
        {
            return [];
        }

        var dates = VietnameseDates.FindAll(sentence);
        var heads = numbers.Select(n => ReadHead(sentence, n)).ToArray();
        var legalBasis = LegalBasisOpening().IsMatch(sentence);
        var citations = new List<Citation>(numbers.Count);
        var previousEnd = 0;
        for (var i = 0; i < numbers.Count; i++)
        {
            var limit = i + 1 < numbers.Count ? heads[i + 1].Start : sentence.Length;
            var citation = Read(sentence, numbers[i], heads[i], dates, previousEnd, limit, legalBasis);
            citations.Add(citation);
            previousEnd = citation.Index + citation.Length;
        }

        return citations;
    }

    private static Citation Read(
        string sentence, NumberMatch number, Head head, IReadOnlyList<DateMatch> dates, int previousEnd, int limit, bool legalBasis)
    {
        var position = number.Index + number.Length;
        var issuedOn = DateAt(sentence, dates, ref position, limit);
        var issuer = IssuerAt(sentence, ref position, limit);
        // Some texts name the issuer first: "của UBND tỉnh ngày 08/11/2021".
        issuedOn ??= DateAt(sentence, dates, ref position, limit);
        var summary = SummaryAt(sentence, ref position, limit);
        issuer ??= IssuerBefore(sentence, previousEnd, head.Start);

        var relation = legalBasis ? ReferenceRelation.LegalBasis
            : ImplementsBefore().Match(sentence, 0, head.Start).Success ? ReferenceRelation.Implements
            : ReferenceRelation.Cites;

        return new Citation(Settle(number.Number, head.Word), head.Word, issuedOn, issuer, summary, relation, head.Start, position - head.Start);
    }

    private static Head ReadHead(string sentence, NumberMatch number)
    {
        var match = _kindWordBefore.Match(sentence, 0, number.Index);
        return match.Success
            ? new Head(match.Index, match.Groups["word"].Value)
            : new Head(number.Index, null);
    }

    private static DateOnly? DateAt(string sentence, IReadOnlyList<DateMatch> dates, ref int position, int limit)
    {
        var start = position + GapAt().Match(sentence, position).Length;
        foreach (var date in dates)
        {
            if (date.Index == start && date.Index + date.Length <= limit)
            {
                position = date.Index + date.Length;
                return date.Date;
            }
        }

        return null;
    }

    private static string? IssuerAt(string sentence, ref int position, int limit)
    {
        var opening = IssuerOpening().Match(sentence, position);
        if (!opening.Success || opening.Index + opening.Length >= limit)
        {
            return null;
        }

        var start = opening.Index + opening.Length;
        var stop = IssuerEnd().Match(sentence, start, limit - start);
        var end = stop.Success ? stop.Index : limit;
        var issuer = Tidy(sentence[start..end]);
        if (issuer is null)
        {
            return null;
        }

        position = start + issuer.Length;
        return issuer;
    }

    private static string? SummaryAt(string sentence, ref int position, int limit)
    {
        var opening = SummaryOpening().Match(sentence, position);
        if (!opening.Success)
        {
            return null;
        }

        var start = opening.Index + opening.Length;
        if (start >= limit)
        {
            return null;
        }

        var stop = SummaryEnd().Match(sentence, start, limit - start);
        var summary = Tidy(sentence[start..(stop.Success ? stop.Index : limit)]);
        if (summary is null)
        {
            return null;
        }

        position = start + summary.Length;
        return summary;
    }

    private static string? IssuerBefore(string sentence, int from, int to)
    {
        var match = IssuerBeforeTypeWord().Match(sentence, from, to - from);
        return match.Success ? Tidy(match.Groups["issuer"].Value) : null;
    }

    // Cut short by the next citation, a part ends in the words that lead to it ("... và").
    private static string? Tidy(string text)
    {
        var tidy = DanglingTail().Replace(text.TrimStart(), "");
        return tidy.Length == 0 ? null : tidy;
    }

    // The symbol decides the kind; the type word only where the symbol has none, and for
    // "Công văn": a công văn never carries a type, so "123/CT-TTHT" is Cục Thuế's letter, not a
    // directive.
    private static DocumentNumber Settle(DocumentNumber number, string? word)
    {
        if (word is null || !DocumentKinds.TryGetByWord(word, out var named) && !DocumentKinds.TryGetByAbbreviation(word, out named))
        {
            return number;
        }

        var segments = number.Symbol.Split('-', '/');
        var typed = DocumentKinds.TryGetByAbbreviation(segments[0], out _);
        if (!typed)
        {
            return number with { Kind = named.Kind, KindCode = named.Code };
        }

        var isAdministrative = number.Number.EndsWith($"/{number.Symbol}", StringComparison.Ordinal);
        if (named.Kind == DocumentKind.OfficialLetter && isAdministrative && number.Year is null && number.Kind != DocumentKind.OfficialLetter)
        {
            return number with { Kind = named.Kind, KindCode = named.Code, IssuerAbbreviation = segments[0] };
        }

        return number;
    }

    private static string Alternation(IEnumerable<string> words) => string.Join('|', words
        .OrderByDescending(w => w.Length)
        .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private readonly record struct Head(int Start, string? Word);
}
