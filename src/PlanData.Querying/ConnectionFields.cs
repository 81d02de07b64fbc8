using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PlanData.Querying.Compiling;
using PlanData.Querying.Data;
using PlanData.Querying.Filtering;
using PlanData.Querying.Loading;
using PlanData.Querying.Sorting;

namespace PlanData.Querying;

/// <summary>
/// List fields as Hot Chocolate shapes them: first/after/last/before, where, order (and the arguments a
/// feature's data scope reads, such as asOf), translated into one SQL statement — for a root list, or for
/// a nested list of all parents at once.
/// </summary>
public static class ConnectionFields
{
    public static FieldBuilder<object?, object> Connection<TConnectionType, T>(this ObjectGraphType query, string name, string typeName, Func<IResolveFieldContext, IQueryable<T>> source, KeysetOrder<T> tieBreaker, Action<FieldType>? scopeArguments = null)
        where TConnectionType : IGraphType
    {
        // The resolver reads the entities; a compiled plan reads the same page through the same source, shaped to its columns.
        var rows = new RootConnection<T>(name, typeName, source, tieBreaker);
        return Arguments(query.Field<TConnectionType>(name), typeName, scopeArguments)
            .WithMetadata(ConnectionSource.RootKey, rows)
            .ResolveAsync(async c => await rows.PageAsync(c, (Expression<Func<T, T>>)(row => row), c.CancellationToken));
    }

    public static FieldBuilder<TParent, object> NestedConnection<TParent, TConnectionType, TItem>(
        this ObjectGraphType<TParent> type,
        string name,
        string itemTypeName,
        Expression<Func<TParent, IEnumerable<TItem>>> children,
        Expression<Func<TParent, int>> parentId,
        KeysetOrder<TItem> tieBreaker,
        Action<FieldType>? scopeArguments = null)
        where TParent : class
        where TConnectionType : IGraphType =>
        type.NestedConnection<TParent, TConnectionType, TItem, int>(name, itemTypeName, children, parentId, tieBreaker, scopeArguments);

    /// <summary>The same for parents keyed by something else than an int id (jurisdictions by their code).</summary>
    public static FieldBuilder<TParent, object> NestedConnection<TParent, TConnectionType, TItem, TKey>(
        this ObjectGraphType<TParent> type,
        string name,
        string itemTypeName,
        Expression<Func<TParent, IEnumerable<TItem>>> children,
        Expression<Func<TParent, TKey>> parentId,
        KeysetOrder<TItem> tieBreaker,
        Action<FieldType>? scopeArguments = null)
        where TParent : class
        where TConnectionType : IGraphType
        where TKey : notnull
    {
        var readParent = parentId.Compile();
        var rows = new NestedConnection<TParent, TItem, TKey>(itemTypeName, children, parentId, tieBreaker);
        return Arguments(type.Field<TConnectionType>(name), itemTypeName, scopeArguments)
            .Resolve(c =>
            {
                var request = rows.Request(c);

                // Every parent reaching this field of the document shares its arguments: one loader, one statement.
                // The response path without list indexes names the field's place in the document (an identity
                // hash code of the field's syntax node could be shared by two fields); the parent type keeps apart
                // same-named fields of two types at one place (node { ... on A { x } ... on B { x } }).
                return c.Loaders()
                    .GetOrAdd($"{typeof(TParent).Name}.{name}@{string.Join('/', c.ResponsePath.Where(p => p is string))}", () => new BatchLoader<TKey, Connection<TItem>?>(
                        async (ids, cancellationToken) => (await rows.PageAsync(c, request, ids, (Expression<Func<TItem, TItem>>)(row => row), cancellationToken))
                            .ToDictionary(p => p.Key, p => (Connection<TItem>?)p.Value),
                        null))
                    .Load(readParent(c.Source));
            })
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.List, _ => children, itemTypeName, typeof(TItem), false, Sortable: false))
            .WithMetadata(ConnectionSource.NestedKey, rows);
    }

    internal static (Expression<Func<T, bool>>? Where, KeysetOrder<T> Order) Translate<T>(IResolveFieldContext context, string typeName, KeysetOrder<T> tieBreaker)
    {
        var scope = DataScope.For(context);
        return (
            new FilterTranslator(context.Schema, scope, context.QueryDatabase().OrdinalLike).Where<T>(typeName, context.GetArgument<object?>("where")),
            new SortTranslator(context.Schema, scope).Order(typeName, context.GetArgument<object?>("order"), tieBreaker));
    }

    private static FieldBuilder<TSource, object> Arguments<TSource>(FieldBuilder<TSource, object> field, string typeName, Action<FieldType>? scopeArguments)
    {
        PageRequest.PagingArguments(field);
        field.FieldType.Arguments!.Add(new QueryArgument(new GraphQLTypeReference(FilterTypeNames.Object(typeName))) { Name = "where", Description = "Filter: fields inside one object are ANDed; and/or combine filters." });
        field.FieldType.Arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(SortTypeNames.Object(typeName))))) { Name = "order", Description = "Sort keys, applied in order; the natural key breaks ties." });
        scopeArguments?.Invoke(field.FieldType);

        return field;
    }
}
