using Npgsql;
using NpgsqlTypes;
using PlanData.Storage;

namespace PlanData.Search;

/// <summary>
/// The PostgreSQL search index: the columns of <see cref="SearchIndex"/> plus a tsvector (GIN
/// indexed) of the folded title (weight A) and body (weight D). The tsvector is made from the
/// words <see cref="SearchTokens"/> cuts, one space apart, with the 'simple' configuration, so
/// that PostgreSQL's parser finds exactly the words SQLite's tokenizer does and keeps them as
/// they are; ts_rank's default weights then count a title word ten times a body word, as BM25's
/// weights do on SQLite.
/// </summary>
public static class PostgresSearchIndex
{
    public static IReadOnlyList<string> Create { get; } =
    [
        $"""
        CREATE TABLE {SearchIndex.Table} (
            kind text COLLATE "C" NOT NULL, entity_key text COLLATE "C" NOT NULL,
            title text NOT NULL, body text NOT NULL, title_original text NOT NULL, body_original text NOT NULL,
            document tsvector NOT NULL,
            PRIMARY KEY (kind, entity_key))
        """,
        $"CREATE INDEX {SearchIndex.Table}_document ON {SearchIndex.Table} USING gin (document)",
    ];

    /// <summary>Fills the index anew from the database's content, inside the caller's transaction (one statement for all rows).</summary>
    public static async Task RebuildAsync(PlanDataContext db, CancellationToken cancellationToken)
    {
        var entries = await SearchEntries.ReadAsync(db, cancellationToken);
        await using (var delete = PostgresSchema.Command(db, $"DELETE FROM {SearchIndex.Table}"))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = PostgresSchema.Command(db, $"""
            INSERT INTO {SearchIndex.Table} (kind, entity_key, title, body, title_original, body_original, document)
            SELECT kind, entity_key, title, body, title_original, body_original,
                setweight(to_tsvector('simple', title_words), 'A') || setweight(to_tsvector('simple', body_words), 'D')
            FROM unnest(@kind, @key, @title, @body, @title_original, @body_original, @title_words, @body_words)
                AS entry (kind, entity_key, title, body, title_original, body_original, title_words, body_words)
            """);
        Add(insert, "kind", entries.Select(e => e.Kind));
        Add(insert, "key", entries.Select(e => e.EntityKey));
        Add(insert, "title", entries.Select(e => e.FoldedTitle));
        Add(insert, "body", entries.Select(e => e.FoldedBody));
        Add(insert, "title_original", entries.Select(e => e.Title));
        Add(insert, "body_original", entries.Select(e => e.BodyText));
        Add(insert, "title_words", entries.Select(e => Words(e.FoldedTitle)));
        Add(insert, "body_words", entries.Select(e => Words(e.FoldedBody)));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The words of a folded text one space apart: nothing PostgreSQL's parser could read as a URL, a number with a point, a hyphenated word.</summary>
    public static string Words(string folded) => string.Join(' ', SearchTokens.Words(folded));

    private static void Add(NpgsqlCommand command, string name, IEnumerable<string> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });
}
