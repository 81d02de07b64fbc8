using GraphQL;
using Microsoft.Extensions.Options;
using PlanData.Api.Storage;
using PlanData.Storage;

namespace PlanData.Api.GraphQL;

public static class ResolveFieldContextExtensions
{
    /// <summary>The request's database context (queries run serially, so one context a request is safe).</summary>
    public static PlanDataContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<PlanDataContext>();

    /// <summary>
    /// Whether the database's LIKE is case-sensitive (PostgreSQL): read from the settings, so that
    /// translating a filter takes no connection (a refused filter never touches the database).
    /// </summary>
    public static bool OrdinalLike(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgres;
}
