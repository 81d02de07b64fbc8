namespace PlanData.Api.Search;

/// <summary>
/// Full-text search over plans, plan items, agencies, indicators and documents, best matches
/// first. The text is parsed by <see cref="SearchQuery"/> (its errors are the client's); hits are
/// ordered by score descending, then kind and entity key, and a page continues strictly after
/// the cursor of <paramref name="after"/>. <see cref="SqliteSearchService"/> is the SQLite (FTS5)
/// implementation; <see cref="PostgresSearchService"/> implements the same contract over tsvector/ts_rank.
/// </summary>
public interface ISearchService
{
    Task<SearchPage> SearchAsync(string text, int first, string? after, CancellationToken cancellationToken);
}
