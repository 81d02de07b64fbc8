using GraphQL;
using PlanData.Querying;
using PlanData.Storage;

namespace PlanData.Api.Storage;

public static class ResolveFieldContextExtensions
{
    /// <summary>The request's database context (queries run serially, so one context a request is safe).</summary>
    public static PlanDataContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<PlanDataContext>();
}
