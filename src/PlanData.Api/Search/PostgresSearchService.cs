using PlanData.Search;
using PlanData.Storage;

namespace PlanData.Api.Search;

/// <summary>
/// Search over the PostgreSQL table <see cref="PostgresSearchIndex"/> builds: the GIN-indexed
/// tsvector matched with @@, each word of the query a phrase (&lt;-&gt;) of its tokens, the phrases
/// ANDed. Score is ts_rank with its default weights, so a title word counts ten times a body word;
/// paging is keyset on (score DESC, kind, key), as on SQLite.
/// </summary>
public sealed class PostgresSearchService(PlanDataContext db) : SqlSearchService(db)
{
    private static readonly string _hits = $"""
        WITH hits AS MATERIALIZED (
            SELECT kind, entity_key, ts_rank(document, query)::float8 AS score
            FROM {SearchIndex.Table}, CAST(@match AS tsquery) AS query
            WHERE document @@ query)
        """;

    private const string AfterCursor = "(score < @score OR (score = @score AND (kind, entity_key) > (@kind, @key)))";

    private static readonly string _firstPage = Page("true");
    private static readonly string _nextPage = Page(AfterCursor);
    private static readonly string _before = $"{_hits} SELECT EXISTS (SELECT 1 FROM hits WHERE NOT {AfterCursor})";
    private static readonly string _count = $"SELECT count(*)::int FROM {SearchIndex.Table} WHERE document @@ CAST(@match AS tsquery)";

    protected override string FirstPage => _firstPage;

    protected override string NextPage => _nextPage;

    protected override string Before => _before;

    protected override string Count => _count;

    /// <summary>
    /// Each token a quoted lexeme, taken as it is (the index holds the same folded tokens): tokens are
    /// letters and digits only, so nothing the user typed can be read as tsquery syntax.
    /// </summary>
    protected override string Match(SearchQuery query) =>
        string.Join(" & ", query.Phrases.Select(p => $"({string.Join(" <-> ", p.Select(token => $"'{token}'"))})"));

    private static string Page(string condition) => $"""
        {_hits},
        page AS (SELECT * FROM hits WHERE {condition} ORDER BY score DESC, kind, entity_key LIMIT @take)
        SELECT page.kind, page.entity_key, page.score, indexed.title_original, indexed.body_original,
            EXISTS (SELECT 1 FROM hits WHERE NOT {condition}) AS earlier
        FROM page
        JOIN {SearchIndex.Table} AS indexed USING (kind, entity_key)
        ORDER BY page.score DESC, page.kind, page.entity_key
        """;
}
