using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PlanData.Querying;

public static class QueryDatabaseExtensions
{
    /// <summary>The rows of <typeparamref name="T"/> in the request's database.</summary>
    public static DbSet<T> Rows<T>(this IResolveFieldContext context)
        where T : class =>
        context.QueryDatabase().Context.Set<T>();

    public static IQueryDatabase QueryDatabase(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IQueryDatabase>();
}
