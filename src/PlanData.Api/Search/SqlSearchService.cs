using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PlanData.Querying;
using PlanData.Storage;

namespace PlanData.Api.Search;

/// <summary>
/// What both search services do alike: parse the text, decode the cursor, read one page (one row
/// more than asked tells whether there is a next page) with each hit's highlight, and count on
/// demand. A provider gives the SQL (parameters match, score, kind, key, take; columns kind,
/// entity_key, score, title_original, body_original, earlier) and how it writes the query.
/// </summary>
public abstract class SqlSearchService(PlanDataContext db) : ISearchService
{
    /// <summary>The best hits, at most take of them.</summary>
    protected abstract string FirstPage { get; }

    /// <summary>The best hits strictly after the cursor, at most take of them.</summary>
    protected abstract string NextPage { get; }

    /// <summary>One boolean: whether any hit lies before the cursor.</summary>
    protected abstract string Before { get; }

    /// <summary>One number: how many hits there are.</summary>
    protected abstract string Count { get; }

    /// <summary>The query in the index's own language, every word a phrase, the phrases ANDed.</summary>
    protected abstract string Match(SearchQuery query);

    /// <summary>Whether the failure says the database has no search index.</summary>
    protected virtual bool IsMissingIndex(DbException exception) => false;

    public async Task<SearchPage> SearchAsync(string text, int first, string? after, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var query = SearchQuery.Parse(text);
        var cursor = after is null ? null : SearchCursor.Decode(after) ?? throw Pager.InvalidCursor("after");
        if (query.IsEmpty)
        {
            return SearchPage.Empty;
        }

        var match = Match(query);
        var (hits, earlier) = await ReadAsync(cursor is null ? FirstPage : NextPage, match, cursor, first + 1, async reader =>
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
            earlier = await ReadAsync(Before, match, cursor, null, async reader => await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0), cancellationToken);
        }

        return new SearchPage(hits, more, earlier, token => ReadAsync(Count, match, null, null, async reader =>
            await reader.ReadAsync(token) ? reader.GetInt32(0) : 0, token));
    }

    private async Task<T> ReadAsync<T>(string sql, string match, SearchCursor? cursor, int? take, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            Add(command, "match", match);
            if (cursor is not null)
            {
                Add(command, "score", cursor.Score);
                Add(command, "kind", cursor.Kind);
                Add(command, "key", cursor.EntityKey);
            }

            if (take is not null)
            {
                Add(command, "take", take.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader);
        }
        catch (DbException e) when (IsMissingIndex(e))
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
