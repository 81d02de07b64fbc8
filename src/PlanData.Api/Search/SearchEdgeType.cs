using GraphQL.Types;

namespace PlanData.Api.Search;

public sealed class SearchEdgeType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "A search hit.";
        Field(e => e.Cursor).Description("A cursor for use in pagination.");
        Field<NonNullGraphType<SearchResultType>>("node").Description("What was found.").Resolve(c => c.Source.Node);
        Field(e => e.Score).Description(
            "Higher is better: BM25 relevance, with words in a title (a plan's, an item's or an indicator's title, an agency's name, a document's number) " +
            "weighing ten times words elsewhere. Comparable only between hits of the same search.");
        Field(e => e.Highlight, nullable: true).Description(
            "The matched text with the matches wrapped in <mark></mark>: the part of the hit's text (its title, or one line, purpose, task or alias) " +
            "holding the most of the searched words, the title when tied, as stored (diacritics and case intact). " +
            "Every word whose folded form is a searched word is marked, each on its own. " +
            "The text's own `<`, `>` and `&` are escaped as `&lt;`, `&gt;` and `&amp;` so that the only tags are the marks; nothing else is escaped.");
    }
}
