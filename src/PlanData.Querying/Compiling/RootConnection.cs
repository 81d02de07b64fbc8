using System.Linq.Expressions;
using GraphQL;

namespace PlanData.Querying.Compiling;

/// <summary>A root list field's page as its resolver reads it (same source, filter, order and total), shaped by a compiled selection.</summary>
internal sealed class RootConnection<T>(string name, string typeName, Func<IResolveFieldContext, IQueryable<T>> source, KeysetOrder<T> tieBreaker) : IRootConnectionSource
{
    public Type ItemType => typeof(T);

    public async Task<Connection<object?[]>> PageAsync(IResolveFieldContext context, LambdaExpression shape, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(context);
        var (where, order) = ConnectionFields.Translate(context, typeName, tieBreaker);
        var rows = where is null ? source(context) : source(context).Where(where);
        var connection = await Pager.PageAsync(rows, order, page, (Expression<Func<T, object?[]>>)shape, cancellationToken);
        return connection.WithTotalCount(CountCacheKey.Wrap(context, name, connection.TotalCount));
    }
}
