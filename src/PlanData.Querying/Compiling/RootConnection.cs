using System.Linq.Expressions;
using GraphQL;

namespace PlanData.Querying.Compiling;

/// <summary>A root list field's page: read by its resolver (the entities) and by a compiled plan (the plan's columns), the same way.</summary>
internal sealed class RootConnection<T>(string name, string typeName, Func<IResolveFieldContext, IQueryable<T>> source, KeysetOrder<T> tieBreaker) : IRootConnectionSource
{
    public Type ItemType => typeof(T);

    public Task<Connection<object?[]>> PageAsync(IResolveFieldContext context, LambdaExpression shape, CancellationToken cancellationToken) =>
        PageAsync(context, (Expression<Func<T, object?[]>>)shape, cancellationToken);

    /// <summary>The page the field's arguments ask for, each row read as <paramref name="shape"/> makes it, its total by the count cache.</summary>
    public async Task<Connection<TOut>> PageAsync<TOut>(IResolveFieldContext context, Expression<Func<T, TOut>> shape, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(context);
        var (where, order) = ConnectionFields.Translate(context, typeName, tieBreaker);
        var rows = where is null ? source(context) : source(context).Where(where);
        var connection = await Pager.PageAsync(rows, order, page, shape, cancellationToken);
        return connection.WithTotalCount(CountCacheKey.Wrap(context, name, connection.TotalCount));
    }
}
