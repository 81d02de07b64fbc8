using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL;
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
public sealed class SqliteSearchService(PlanDataContext db) : ISearchService
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

    public async Task<SearchPage> SearchAsync(string text, int first, string? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var query = SearchQuery.Parse(text);
        var cursor = after is null ? null : SearchCursor.Decode(after) ?? throw Pager.InvalidCursor("after");
        if (query.IsEmpty)
        {
            return SearchPage.Empty;
        }

        var match = Fts5Match(query);
        var (hits, earlier) = await ReadAsync(cursor is null ? _firstPage : _nextPage, match, cursor, first + 1, async reader =>
        {
            var rows = new List<SearchHit>();
            var before = false;
            while (await reader.ReadAsync(cancellationToken))
            {
                var (kind, key, score) = (reader.GetString(0), reader.GetString(1), reader.GetDouble(2));
                var highlight = SearchHighlighter.Highlight(reader.GetString(3), reader.GetString(4), query.Terms);
                rows.Add(new SearchHit(kind, key, score, highlight, new SearchCursor(score, kind, key).Encode()));
                before = reader.GetBoolean(5);
            }

            return (rows, before);
        }, cancellationToken);

        var more = hits.Count > first;
        if (more)
        {
            hits.RemoveAt(hits.Count - 1);
        }

        // A page past the last hit has no row to carry the flag.
        if (cursor is not null && hits.Count == 0 && !more)
        {
            earlier = await ReadAsync(_before, match, cursor, null, async reader => await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0), cancellationToken);
        }

        return new SearchPage(hits, more, earlier, token => ReadAsync(_count, match, null, null, async reader =>
            await reader.ReadAsync(token) ? reader.GetInt32(0) : 0, token));
    }

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
    private static string Fts5Match(SearchQuery query) => string.Join(' ', query.Phrases.Select(p => $"\"{string.Join(' ', p)}\""));

    private async Task<T> ReadAsync<T>(string sql, string match, SearchCursor? cursor, int? take, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            Add(command, "$match", match);
            if (cursor is not null)
            {
                Add(command, "$score", cursor.Score);
                Add(command, "$kind", cursor.Kind);
                Add(command, "$key", cursor.EntityKey);
            }

            if (take is not null)
            {
                Add(command, "$take", take.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader);
        }
        catch (SqliteException e) when (e.Message.Contains($"no such table: {SearchIndex.Table}", StringComparison.Ordinal))
        {
            throw new PlanDataError("SEARCH_INDEX_MISSING", "The database has no search index: it was built before search existed. Delete it to have it rebuilt from the seed on the next start, or import a document into it.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
