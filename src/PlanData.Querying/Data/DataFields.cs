using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Querying.Compiling;
using PlanData.Querying.Loading;

namespace PlanData.Querying.Data;

/// <summary>
/// Declares the fields of an object type by what they read from the entity. Each declaration adds the
/// output field (resolved from the loaded entity, or through a batch loader for related rows) and
/// records a <see cref="DataField"/>, so that adding a field to a type makes it filterable and sortable.
/// </summary>
public static class DataFields
{
    /// <summary>A column or owned value: string, number, boolean, date or enum.</summary>
    public static FieldBuilder<T, TValue> Scalar<T, TValue>(this ObjectGraphType<T> type, string name, Expression<Func<T, TValue>> value, string? description = null, bool nullable = false) =>
        type.Field(name, value, nullable)
            .Description(description)
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Scalar, _ => value, null, typeof(TValue), nullable, Sortable: true));

    /// <summary>A value computed in SQL from the request's scope (e.g. status against asOf).</summary>
    public static FieldBuilder<T, object> Computed<T, TGraphType, TValue>(this ObjectGraphType<T> type, string name, Func<DataScope, Expression<Func<T, TValue>>> value, Func<IResolveFieldContext<T>, object?> resolve, string? description = null)
        where TGraphType : IGraphType =>
        type.Field<TGraphType>(name)
            .Description(description)
            .Resolve(resolve)
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Scalar, value, null, typeof(TValue), false, Sortable: true));

    /// <summary>The Relay ID, from the natural key.</summary>
    public static void Id<T>(this ObjectGraphType<T> type, string typeName, Expression<Func<T, string>> naturalKey)
    {
        var read = naturalKey.Compile();
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => NodeId.Encode(typeName, read(context.Source)))
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Id, _ => naturalKey, typeName, typeof(string), false, Sortable: true));
    }

    /// <summary>An object held in the entity itself (owned: schedule, signature, source).</summary>
    public static FieldBuilder<T, object> Owned<T, TGraphType, TOwned>(this ObjectGraphType<T> type, string name, Expression<Func<T, TOwned?>> value, string? description = null, bool nullable = true)
        where TGraphType : IObjectGraphType
        where TOwned : class
    {
        var read = value.Compile();
        return (nullable ? type.Field<TGraphType>(name) : type.Field<NonNullGraphType<TGraphType>>(name))
            .Description(description)
            .Resolve(context => read(context.Source))
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Object, _ => value, TypeName<TGraphType>(), typeof(TOwned), nullable, Sortable: true));
    }

    /// <summary>A related row, found by its id through the request's batch loader for that entity.</summary>
    public static FieldBuilder<T, object> Reference<T, TGraphType, TRef>(this ObjectGraphType<T> type, string name, Expression<Func<T, TRef?>> navigation, Func<T, int?> foreignKey, string? description = null, bool nullable = true)
        where TGraphType : IObjectGraphType
        where TRef : class =>
        type.Reference<T, TGraphType, TRef, int>(name, navigation, source => foreignKey(source), "Id", description, nullable);

    /// <summary>A related row found by any unique key (a jurisdiction by its code).</summary>
    public static FieldBuilder<T, object> Reference<T, TGraphType, TRef, TKey>(this ObjectGraphType<T> type, string name, Expression<Func<T, TRef?>> navigation, Func<T, object?> key, string keyProperty, string? description = null, bool nullable = true)
        where TGraphType : IObjectGraphType
        where TRef : class
        where TKey : notnull =>
        (nullable ? type.Field<TGraphType>(name) : type.Field<NonNullGraphType<TGraphType>>(name))
            .Description(description)
            .Resolve(context => key(context.Source) is TKey value ? ByKey<TRef, TKey>(context, keyProperty, value) : null)
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Object, _ => navigation, TypeName<TGraphType>(), typeof(TRef), nullable, Sortable: true));

    /// <summary>The rows that point at this one (items of a plan, assignments of an item), loaded for all parents at once.</summary>
    public static FieldBuilder<T, object> Children<T, TItemGraphType, TItem>(
        this ObjectGraphType<T> type,
        string name,
        Expression<Func<T, IEnumerable<TItem>>> navigation,
        Expression<Func<T, int>> parentId,
        Expression<Func<TItem, int>> parentKey,
        KeysetOrder<TItem> order,
        string? description = null)
        where TItemGraphType : IObjectGraphType
        where TItem : class =>
        type.Children<T, TItemGraphType, TItem, int>(name, navigation, parentId, parentKey, order, description);

    /// <summary>The same for parents keyed by something else than an int id (jurisdictions by their code).</summary>
    public static FieldBuilder<T, object> Children<T, TItemGraphType, TItem, TKey>(
        this ObjectGraphType<T> type,
        string name,
        Expression<Func<T, IEnumerable<TItem>>> navigation,
        Expression<Func<T, TKey>> parentId,
        Expression<Func<TItem, TKey>> parentKey,
        KeysetOrder<TItem> order,
        string? description = null)
        where TItemGraphType : IObjectGraphType
        where TItem : class
        where TKey : notnull
    {
        var field = type.RowsByParent<T, TItemGraphType, TItem, TItem, TKey>(
            name, navigation, parentId.Compile(), parentKey, rows => order.Apply(rows, reverse: false), row => row, description);
        return field.WithMetadata(DataField.MetadataKey, DataField.Of(field.FieldType)! with { ChildRows = new ChildRows<T, TItem, TKey>(parentId, parentKey, order) });
    }

    /// <summary>
    /// The rows a link entity points at (the agencies that monitor an indicator), in the links' order, loaded for all
    /// parents at once; filtered like any list, through the links.
    /// </summary>
    public static FieldBuilder<T, object> Linked<T, TItemGraphType, TLink, TItem>(
        this ObjectGraphType<T> type,
        string name,
        Expression<Func<T, IEnumerable<TLink>>> links,
        Func<T, int> parentId,
        Expression<Func<TLink, int>> parentKey,
        Expression<Func<TLink, TItem?>> target,
        KeysetOrder<TLink> order,
        string? description = null)
        where TItemGraphType : IObjectGraphType
        where TLink : class
        where TItem : class
    {
        var select = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TLink), typeof(TItem)], links.Body, target);
        return type.RowsByParent<T, TItemGraphType, TLink, TItem, int>(
            name, Expression.Lambda<Func<T, IEnumerable<TItem>>>(select, links.Parameters), parentId, parentKey, rows => order.Apply(rows.Include(target), reverse: false), target.Compile(), description);
    }

    /// <summary>
    /// A list field whose rows point at their parent by <paramref name="parentKey"/>, loaded for all parents at once, each row
    /// shown as <paramref name="show"/> makes it; <paramref name="navigation"/> is what the field means for filtering.
    /// </summary>
    private static FieldBuilder<T, object> RowsByParent<T, TItemGraphType, TRow, TItem, TKey>(
        this ObjectGraphType<T> type,
        string name,
        Expression<Func<T, IEnumerable<TItem>>> navigation,
        Func<T, TKey> parentId,
        Expression<Func<TRow, TKey>> parentKey,
        Func<IQueryable<TRow>, IQueryable<TRow>> ordered,
        Func<TRow, TItem?> show,
        string? description)
        where TItemGraphType : IObjectGraphType
        where TRow : class
        where TItem : class
        where TKey : notnull
    {
        var readParent = parentKey.Compile();
        var loaderName = $"{typeof(T).Name}.{name}";
        return type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TItemGraphType>>>>(name)
            .Description(description)
            .Resolve(context => context.Loaders()
                .GetOrAdd(loaderName, () => new BatchLoader<TKey, IReadOnlyList<TItem>>(
                    async (ids, cancellationToken) =>
                    {
                        var rows = await ordered(context.Rows<TRow>().Where(ContainsKey(parentKey, ids))).ToListAsync(cancellationToken);
                        return rows.GroupBy(readParent).ToDictionary(g => g.Key, g => (IReadOnlyList<TItem>)[.. g.Select(show).OfType<TItem>()]);
                    },
                    []))
                .Load(parentId(context.Source)))
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.List, _ => navigation, TypeName<TItemGraphType>(), typeof(TItem), false, Sortable: false));
    }

    /// <summary>A list of strings kept in the entity (aliases, purposes, duties).</summary>
    public static FieldBuilder<T, object> StringList<T>(this ObjectGraphType<T> type, string name, Expression<Func<T, List<string>>> value, string? description = null)
    {
        var read = value.Compile();
        return type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(name)
            .Description(description)
            .Resolve(context => read(context.Source))
            .WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.StringList, _ => value, null, typeof(string), false, Sortable: false));
    }

    /// <summary>A condition the filter input offers beside the type's fields (see <see cref="FilterOnlyField"/>); it has no output field.</summary>
    public static void FilterOnly<T, TGraphType, TValue>(this ObjectGraphType<T> type, string name, string description, Func<TValue, Expression<Func<T, bool>>> predicate)
        where TGraphType : ScalarGraphType, new()
    {
        var fields = type.GetMetadata<List<FilterOnlyField>?>(FilterOnlyField.MetadataKey) ?? [];
        fields.Add(new FilterOnlyField(name, description, () => new TGraphType(), value => predicate((TValue)value)));
        type.Metadata[FilterOnlyField.MetadataKey] = fields;
    }

    /// <summary>Records what a hand-made field (a nested connection) means for filtering: a list of related rows.</summary>
    public static FieldBuilder<T, TReturn> FiltersAsList<T, TReturn, TItem>(this FieldBuilder<T, TReturn> field, string targetType, Expression<Func<T, IEnumerable<TItem>>> navigation) =>
        field.WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.List, _ => navigation, targetType, typeof(TItem), false, Sortable: false));

    /// <summary>Records what a hand-made field means for filtering and sorting: a related object.</summary>
    public static FieldBuilder<T, TReturn> FiltersAsObject<T, TReturn, TRef>(this FieldBuilder<T, TReturn> field, string targetType, Func<DataScope, Expression<Func<T, TRef>>> value) =>
        field.WithMetadata(DataField.MetadataKey, new DataField(DataFieldKind.Object, value, targetType, typeof(TRef), true, Sortable: true));

    /// <summary>Finds a row of <typeparamref name="TRef"/> by id through the request's batch loader.</summary>
    public static IDataLoaderResult<TRef?> ById<TRef>(IResolveFieldContext context, int id)
        where TRef : class => ByKey<TRef, int>(context, "Id", id);

    private static IDataLoaderResult<TRef?> ByKey<TRef, TKey>(IResolveFieldContext context, string keyProperty, TKey key)
        where TRef : class
        where TKey : notnull =>
        context.Loaders()
            .GetOrAdd(typeof(TRef).Name + "." + keyProperty, () => new BatchLoader<TKey, TRef?>(
                async (keys, cancellationToken) =>
                {
                    var db = context.QueryDatabase().Context;
                    var list = keys.ToList();
                    var rows = await db.Set<TRef>().Where(e => list.Contains(EF.Property<TKey>(e, keyProperty))).ToListAsync(cancellationToken);
                    return rows.ToDictionary(e => (TKey)db.Entry(e).Property(keyProperty).CurrentValue!, e => (TRef?)e);
                },
                null))
            .Load(key);

    /// <summary>Rows whose <paramref name="key"/> is one of <paramref name="ids"/>.</summary>
    public static Expression<Func<TItem, bool>> ContainsKey<TItem, TKey>(Expression<Func<TItem, TKey>> key, IReadOnlyCollection<TKey> ids)
    {
        // A captured list, not a constant: EF sends it as one parameter, so every batch size shares one plan.
        var list = ExpressionParts.Parameter(ids.ToList(), typeof(List<TKey>));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], list, key.Body);
        return Expression.Lambda<Func<TItem, bool>>(contains, key.Parameters);
    }

    /// <summary>The GraphQL name of an object type class, by the convention that PlanItemType is "PlanItem".</summary>
    /// <remarks>Instantiating the type to ask would recurse through self-references (Agency.parent).</remarks>
    public static string TypeName<TGraphType>() where TGraphType : IGraphType =>
        typeof(TGraphType).Name.EndsWith("Type", StringComparison.Ordinal) ? typeof(TGraphType).Name[..^4] : typeof(TGraphType).Name;
}
