using System.Data.Common;
using Microsoft.Data.Sqlite;
using PlanData.Search;
using PlanData.Storage;

namespace PlanData.Api.Search;

/// <summary>
/// Search over the SQLite FTS5 table <see cref="SearchIndex"/> builds, through the request's
/// DbContext connection. Score is −BM25 with titles weighing ten times bodies. Keyset paging: a
/// page is the hits strictly after the cursor's (score, kind, key) in (score DESC, kind, key)
/// order, so a deep page costs what the first one costs, plus the ranking of every match that
/// FTS5 does anyway.
/// </summary>
public sealed class SqliteSearchService(PlanDataContext db) : SqlSearchService(db)
{
    private static readonly string _hits = $"""
        WITH hits AS MATERIALIZED (
            SELECT rowid, kind, entity_key, -{SearchIndex.Bm25} AS score
            FROM {SearchIndex.Table}
            WHERE {SearchIndex.Table} MATCH $match)
        """;

    private const string AfterCursor = "(score < $score OR (score = $score AND (kind, entity_key) > ($kind, $key)))";

    private static readonly string _firstPage = Page("1");
    private static readonly string _nextPage = Page(AfterCursor);
    private static readonly string _before = $"{_hits} SELECT EXISTS (SELECT 1 FROM hits WHERE NOT {AfterCursor})";
    private static readonly string _count = $"SELECT COUNT(*) FROM {SearchIndex.Table} WHERE {SearchIndex.Table} MATCH $match";

    protected override string FirstPage => _firstPage;

    protected override string NextPage => _nextPage;

    protected override string Before => _before;

    protected override string Count => _count;

    /// <summary>
    /// The hits that pass <paramref name="condition"/>, best first, with the original text of just
    /// those, and whether any hit fails it (lies before the cursor): one ranking serves both.
    /// </summary>
    private static string Page(string condition) => $"""
        {_hits},
        page AS (SELECT * FROM hits WHERE {condition} ORDER BY score DESC, kind, entity_key LIMIT $take)
        SELECT page.kind, page.entity_key, page.score, indexed.title_original, indexed.body_original,
            (SELECT EXISTS (SELECT 1 FROM hits WHERE NOT {condition})) AS earlier
        FROM page
        JOIN {SearchIndex.Table} AS indexed ON indexed.rowid = page.rowid
        ORDER BY page.score DESC, page.kind, page.entity_key
        """;

    /// <summary>
    /// Every word a quoted FTS5 phrase of its tokens, the phrases ANDed: tokens are letters and
    /// digits only, so nothing the user typed can be read as FTS5 syntax.
    /// </summary>
    protected override string Match(SearchQuery query) => string.Join(' ', query.Phrases.Select(p => $"\"{string.Join(' ', p)}\""));

    protected override bool IsMissingIndex(DbException exception) =>
        exception is SqliteException && exception.Message.Contains($"no such table: {SearchIndex.Table}", StringComparison.Ordinal);
}
