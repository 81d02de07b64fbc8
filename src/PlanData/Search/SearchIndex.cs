using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PlanData.Storage;
using PlanData.Text;

namespace PlanData.Search;

/// <summary>
/// The SQLite full-text index behind Query.search: an FTS5 table with one row per plan, plan item,
/// agency, indicator and document. <c>title</c> and <c>body</c> hold folded text (see
/// <see cref="TextFolding"/>), so that matching ignores case, diacritics, Unicode normalisation
/// and đ/d; <c>title_original</c> and <c>body_original</c> (not indexed) hold the text as stored,
/// for highlighting. Body parts are separated by line feeds.
/// </summary>
public static class SearchIndex
{
    public const string Table = "search_index";
    public const double TitleWeight = 10.0;
    public const double BodyWeight = 1.0;

    /// <summary>
    /// The BM25 of a row of a MATCH query (lower is better), one weight a column: a word in a title
    /// counts ten times a word in a body; the unindexed columns count nothing.
    /// </summary>
    public static string Bm25 { get; } = string.Create(CultureInfo.InvariantCulture, $"bm25({Table}, 0, 0, {TitleWeight:0.0}, {BodyWeight:0.0}, 0, 0)");

    // Folding is ours (TextFolding): the tokenizer only cuts words, so that query, index and
    // highlight agree on what a word is.
    private const string Create = $"""
        CREATE VIRTUAL TABLE {Table} USING fts5(
            kind UNINDEXED, entity_key UNINDEXED, title, body, title_original UNINDEXED, body_original UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 0')
        """;

    /// <summary>
    /// Builds the index anew from the database's content, in one transaction. It is dropped and
    /// created rather than emptied, and filled in key order, so that equal content gives an equal
    /// index whatever the file's history.
    /// </summary>
    public static async Task RebuildAsync(PlanDataContext db, CancellationToken cancellationToken = default)
    {
        var entries = await SearchEntries.ReadAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();

        await ExecuteAsync(connection, dbTransaction, $"DROP TABLE IF EXISTS {Table}", cancellationToken);
        await ExecuteAsync(connection, dbTransaction, Create, cancellationToken);

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = dbTransaction;
            insert.CommandText = $"INSERT INTO {Table} (kind, entity_key, title, body, title_original, body_original) VALUES ($kind, $key, $title, $body, $titleOriginal, $bodyOriginal)";
            var parameters = new[] { "$kind", "$key", "$title", "$body", "$titleOriginal", "$bodyOriginal" }.Select(name =>
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = name;
                insert.Parameters.Add(parameter);
                return parameter;
            }).ToArray();

            foreach (var entry in entries)
            {
                parameters[0].Value = entry.Kind;
                parameters[1].Value = entry.EntityKey;
                parameters[2].Value = entry.FoldedTitle;
                parameters[3].Value = entry.FoldedBody;
                parameters[4].Value = entry.Title;
                parameters[5].Value = entry.BodyText;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        // One b-tree segment: the fastest layout to read, and the same bytes for the same rows.
        await ExecuteAsync(connection, dbTransaction, $"INSERT INTO {Table} ({Table}) VALUES ('optimize')", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
