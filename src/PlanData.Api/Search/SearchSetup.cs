using Microsoft.EntityFrameworkCore;
using PlanData.Storage;

namespace PlanData.Api.Search;

public static class SearchSetup
{
    /// <summary>Registers the search service of the request's database: SQLite FTS5 or PostgreSQL tsvector, over the request's DbContext.</summary>
    public static WebApplicationBuilder AddPlanSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ISearchService>(services =>
        {
            var db = services.GetRequiredService<PlanDataContext>();
            return db.Database.IsNpgsql() ? new PostgresSearchService(db) : new SqliteSearchService(db);
        });
        return builder;
    }
}
