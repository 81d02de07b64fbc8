using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Querying.Loading;

namespace PlanData.Querying.Data;

/// <summary>
/// A chain of "became" links (an agency's successor, a jurisdiction's mergedInto) followed to the row
/// that exists today, in SQL and for a bounded number of hops: as cases for filters and sorts (itself
/// when it has no next, else its next when that has none, and so on), and as the key the chain ends at,
/// read for every parent of a level in one statement (CASE WHEN per hop) before the rows are read.
/// </summary>
public sealed class SuccessorChain<T, TKey>
    where T : class
    where TKey : notnull
{
    private readonly Expression<Func<T, TKey>> _key;
    private readonly Func<T, TKey> _readKey;
    private readonly Expression<Func<T, Link>> _link;

    /// <param name="next">The link to follow, e.g. a => a.Successor.</param>
    /// <param name="key">The row's unique key, e.g. a => a.Id.</param>
    /// <param name="depth">How many links are followed at most.</param>
    public SuccessorChain(Expression<Func<T, T?>> next, Expression<Func<T, TKey>> key, int depth)
    {
        _key = key;
        _readKey = key.Compile();
        Cases = BuildCases(next, depth);
        _link = BuildLink();
    }

    /// <summary>Itself when it has no next, else its next when that has none, and so on; the last case holds at the depth.</summary>
    public IReadOnlyList<(LambdaExpression Guard, LambdaExpression Value)> Cases { get; }

    /// <summary>The field that resolves to the end of the chain, filterable and sortable through its cases.</summary>
    public FieldBuilder<T, object> Field<TGraphType>(ObjectGraphType<T> type, string name, string description)
        where TGraphType : IObjectGraphType
    {
        var loaderName = $"{typeof(T).Name}.{name}";
        return type.Field<NonNullGraphType<TGraphType>>(name)
            .Description(description)
            .Resolve(context => context.Loaders()
                .GetOrAdd(loaderName, () => new BatchLoader<TKey, T?>((keys, cancellationToken) => LoadAsync(context, keys, cancellationToken), null))
                .Load(_readKey(context.Source)))
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Object, _ => (Expression<Func<T, T>>)(row => row), DataFields.TypeName<TGraphType>(), typeof(T), false, Sortable: true) { Cases = Cases });
    }

    private async Task<IReadOnlyDictionary<TKey, T?>> LoadAsync(IResolveFieldContext context, IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        var db = context.QueryDatabase().Context;
        var links = await db.Set<T>().Where(DataFields.ContainsKey(_key, keys)).Select(_link).ToListAsync(cancellationToken);
        var targets = links.Select(l => l.Current).Distinct().ToList();
        var rows = await db.Set<T>().Where(DataFields.ContainsKey(_key, targets)).ToDictionaryAsync(_readKey, cancellationToken);
        return links.ToDictionary(l => l.Key, l => rows.GetValueOrDefault(l.Current));
    }

    private Expression<Func<T, Link>> BuildLink()
    {
        var row = Cases[0].Guard.Parameters[0];
        Expression current = KeyOf(Cases[^1].Value, row);
        for (var i = Cases.Count - 2; i >= 0; i--)
        {
            current = Expression.Condition(ExpressionParts.Apply(Cases[i].Guard, row), KeyOf(Cases[i].Value, row), current);
        }

        var link = Expression.New(typeof(Link).GetConstructors().Single(), ExpressionParts.Apply(_key, row), current);
        return Expression.Lambda<Func<T, Link>>(link, row);
    }

    private Expression KeyOf(LambdaExpression value, ParameterExpression row) => ExpressionParts.Apply(_key, ExpressionParts.Apply(value, row));

    private static List<(LambdaExpression Guard, LambdaExpression Value)> BuildCases(Expression<Func<T, T?>> next, int depth)
    {
        var cases = new List<(LambdaExpression, LambdaExpression)>();
        var row = Expression.Parameter(typeof(T), "row");
        Expression current = row;
        Expression? reached = null;
        for (var hop = 0; hop <= depth; hop++)
        {
            var following = ExpressionParts.Apply(next, current);
            var last = hop == depth ? (Expression)Expression.Constant(true) : Expression.Equal(following, Expression.Constant(null, typeof(T)));
            var guard = reached is null ? last : Expression.AndAlso(reached, last);
            cases.Add((Expression.Lambda(guard, row), Expression.Lambda(current, row)));
            var exists = Expression.NotEqual(following, Expression.Constant(null, typeof(T)));
            reached = reached is null ? exists : Expression.AndAlso(reached, exists);
            current = following;
        }

        return cases;
    }

    /// <summary>A row's key and the key of the row its chain ends at.</summary>
    private sealed record Link(TKey Key, TKey Current);
}
