using System.Text;
using PlanData.Querying;
using PlanData.Search;
using PlanData.Text;

namespace PlanData.Api.Search;

/// <summary>
/// A user's search text as the index reads it: folded like the indexed text, cut at white space
/// into words, each word a phrase of its tokens ("04/KH-BCĐ" → 04 kh bcd, in that order), every
/// phrase required. Whole words only: no prefixes, no operators — what the user typed is data.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;

    private SearchQuery(IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        Phrases = phrases;
        Terms = phrases.SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words of the text, each as its folded tokens; a word without any letter or digit is left out.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    /// <summary>Every folded token of the query: what a highlight marks.</summary>
    public IReadOnlySet<string> Terms { get; }

    /// <summary>Nothing to look for (the text was only punctuation): nothing matches.</summary>
    public bool IsEmpty => Phrases.Count == 0;

    /// <summary>
    /// Parses the text; an empty one, or one over <see cref="MaxLength"/> characters (counted in NFC,
    /// without leading and trailing white space), is the client's error.
    /// </summary>
    public static SearchQuery Parse(string? text)
    {
        var trimmed = (text ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (trimmed.Length == 0)
        {
            throw new PlanDataError("SEARCH_TEXT_EMPTY", "The search text is empty: give at least one word.");
        }

        if (trimmed.Length > MaxLength)
        {
            throw new PlanDataError("SEARCH_TEXT_TOO_LONG", $"The search text has {trimmed.Length} characters; at most {MaxLength} are allowed.")
                .With("length", trimmed.Length)
                .With("maxLength", MaxLength);
        }

        var phrases = TextFolding.Fold(trimmed)
            .Split(' ')
            .Select(word => (IReadOnlyList<string>)SearchTokens.Words(word))
            .Where(tokens => tokens.Count > 0)
            .ToList();
        return new SearchQuery(phrases);
    }
}
