using System.Text;
using System.Text.RegularExpressions;
using PlanData.Import.Agencies;
using PlanData.Indicators;

namespace PlanData.Import.Targets;

/// <summary>
/// Reads the measurable targets of a sentence: each share ("tối thiểu 70% hộ gia đình") or
/// count ("30/34 chỉ tiêu") with its comparator, what it counts and the clause it stands in.
/// </summary>
public static partial class TargetReader
{
    public static IReadOnlyList<TargetReading> ReadAll(string sentence)
    {
        var text = sentence.Normalize(NormalizationForm.FormC);
        var quantities = TargetQuantity.FindAll(text);
        if (quantities.Count == 0)
        {
            return [];
        }

        var comparators = new (TargetComparator? Own, int Start)[quantities.Count];
        for (var i = 0; i < quantities.Count; i++)
        {
            var from = i == 0 ? 0 : quantities[i - 1].End;
            var (own, start) = TargetComparators.Own(text[from..quantities[i].Start], quantities[i].Trailing);
            comparators[i] = (own, from + start);
        }

        var clauses = TargetClauses.Split(text, quantities, [.. comparators.Select(c => c.Start)]);
        var readings = new List<TargetReading>(quantities.Count);
        TargetComparator? previous = null;
        for (var i = 0; i < quantities.Count; i++)
        {
            var quantity = quantities[i];
            var (start, end) = clauses[i];
            // A share with no word of its own continues the sentence's comparator ("Trên 90% ...; 80% ...");
            // a count is a different measure and does not.
            var comparator = comparators[i].Own ?? (quantity.IsCount ? null : previous) ?? TargetComparator.Equal;
            previous = comparator;

            var head = text[start..comparators[i].Start];
            var name = Name(head, text[quantity.Noun..end]);
            if (!name.Any(char.IsLetter))
            {
                // Nothing says what is measured, e.g. a restated share "(đạt 88,2%)".
                continue;
            }

            readings.Add(new TargetReading(
                Slugs.From(name),
                name,
                quantity.IsCount ? quantity.Unit : TargetPopulations.Counted(head, text[quantity.End..end]),
                comparator,
                quantity.Value,
                quantity.Unit,
                quantity.OutOf,
                Trim(text[start..end])));
        }

        return readings;
    }

    /// <summary>
    /// The clause without a leading "Phấn đấu" / "Đạt", the comparator and the number, first
    /// letter upper case: "Hộ gia đình có cáp quang".
    /// </summary>
    private static string Name(string head, string tail)
    {
        var name = Trim(Spaces().Replace(LeadingVerb().Replace($"{head} {tail}", ""), " "));
        return name.Length == 0 ? name : string.Concat(name[..1].ToUpperInvariant(), name[1..]);
    }

    /// <summary>Clause punctuation off both ends; a closing parenthesis only when nothing in the text opens it.</summary>
    private static string Trim(string text)
    {
        var trimmed = text.Trim().Trim(',', ';', ':', '.', ' ');
        return trimmed.EndsWith(')') && trimmed.Count(c => c == ')') > trimmed.Count(c => c == '(') ? Trim(trimmed[..^1]) : trimmed;
    }

    [GeneratedRegex(@"^\s*(?:phấn\s+đấu\s+)?(?:đạt\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
