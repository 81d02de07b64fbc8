namespace PlanData.Api.Search;

public static class SearchSetup
{
    /// <summary>Registers the search service: SQLite FTS5, over the request's DbContext.</summary>
    public static WebApplicationBuilder AddPlanSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ISearchService, SqliteSearchService>();
        return builder;
    }
}
