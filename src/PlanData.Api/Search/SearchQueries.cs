using GraphQL;
using GraphQL.Types;
using PlanData.Api.Storage;
using PlanData.Querying;

namespace PlanData.Api.Search;

public static class SearchQueries
{
    public static void AddSearchFields(this ObjectGraphType query)
    {
        query.Field<SearchConnectionType>("search")
            .Description(
                "Full-text search over plans, plan items, agencies, indicators and documents.\n" +
                "Case-, diacritic- and Unicode-normalisation-insensitive: \"chuyen doi so\",\n" +
                "\"CHUYỂN ĐỔI SỐ\" and a decomposed (NFD) \"chuyển đổi số\" find the same things;\n" +
                "\"đ\" matches \"d\". Best matches first.\n" +
                "Every word of the text must occur (whole words; punctuation inside a word, as in\n" +
                "\"04/KH-BCĐ\", asks for its parts in that order); operators and quotes are plain text.\n" +
                "Plans are found by title and purposes, items by their text (tasks included: a task\n" +
                "finds its item), agencies by name, short name and aliases, indicators by name and\n" +
                "text, documents by number and summary. Pages continue strictly after the cursor's\n" +
                $"(score, kind, key), not at an offset. At most {PageRequest.MaxPageSize} hits a page.")
            .Argument<NonNullGraphType<StringGraphType>>("text",
                $"The words to find, at most {SearchQuery.MaxLength} characters (NFC, not counting leading and trailing white space); " +
                "empty text is error SEARCH_TEXT_EMPTY, longer text SEARCH_TEXT_TOO_LONG.")
            .Argument<IntGraphType>("first", $"Returns the first n hits (default {PageRequest.DefaultPageSize}, at most {PageRequest.MaxPageSize}).")
            .Argument<StringGraphType>("after", "Returns the hits that come after the specified cursor.")
            .ResolveAsync(async c =>
            {
                var page = PageRequest.From(c);
                var search = c.RequestServices!.GetRequiredService<ISearchService>();
                var result = await search.SearchAsync(c.GetArgument<string>("text"), page.First ?? PageRequest.DefaultPageSize, page.After, c.CancellationToken);
                var nodes = await SearchNodes.LoadAsync(c.Db(), result.Hits, c.CancellationToken);
                var edges = result.Hits
                    .Where(h => nodes.ContainsKey((h.Kind, h.EntityKey)))
                    .Select(h => new SearchEdge(h.Cursor, nodes[(h.Kind, h.EntityKey)], h.Score, h.Highlight))
                    .ToList();
                var pageInfo = new PageInfo(result.HasNextPage, result.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
                return new SearchConnection(edges, pageInfo, result.TotalCount);
            });
    }
}
