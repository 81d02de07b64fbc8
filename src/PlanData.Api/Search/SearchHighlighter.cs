using System.Text;
using PlanData.Search;
using PlanData.Text;

namespace PlanData.Api.Search;

/// <summary>
/// Marks matched words in the original text. The index matched folded text; here each word of the
/// original is folded on its own and compared with the query's folded terms, so the marks fall on
/// the words as stored, diacritics and case intact.
/// </summary>
public static class SearchHighlighter
{
    public const string Open = "<mark>";
    public const string Close = "</mark>";

    /// <summary>
    /// The title, or the body part (parts are separated by line feeds) holding the most distinct
    /// terms, the title winning ties, with its matched words marked; null when no part holds a term.
    /// </summary>
    public static string? Highlight(string title, string body, IReadOnlySet<string> terms)
    {
        string? best = null;
        var bestCount = 0;
        IEnumerable<string> parts = body.Length == 0 ? [title] : [title, .. body.Split('\n')];
        foreach (var part in parts)
        {
            var count = Matches(part, terms).Select(m => m.Term).Distinct(StringComparer.Ordinal).Count();
            if (count > bestCount)
            {
                (best, bestCount) = (part, count);
            }
        }

        return best is null ? null : Mark(best, terms);
    }

    /// <summary>
    /// The text with every word whose folded form is a term wrapped in &lt;mark&gt;&lt;/mark&gt;; the
    /// text's own &lt;, &gt; and &amp; are escaped so that the only tags are the marks.
    /// </summary>
    public static string Mark(string text, IReadOnlySet<string> terms)
    {
        var marked = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (var (span, _) in Matches(text, terms))
        {
            var (start, end) = (span.Start.GetOffset(text.Length), span.End.GetOffset(text.Length));
            Escape(marked, text.AsSpan(position, start - position));
            marked.Append(Open);
            Escape(marked, text.AsSpan(start, end - start));
            marked.Append(Close);
            position = end;
        }

        Escape(marked, text.AsSpan(position));
        return marked.ToString();
    }

    private static IEnumerable<(Range Span, string Term)> Matches(string text, IReadOnlySet<string> terms) =>
        SearchTokens.Spans(text)
            .Select(span => (Span: span, Term: TextFolding.Fold(text[span])))
            .Where(word => terms.Contains(word.Term));

    private static void Escape(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                default:
                    builder.Append(ch);
                    break;
            }
        }
    }
}
