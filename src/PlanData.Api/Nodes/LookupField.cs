using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using PlanData.Api.Storage;
using PlanData.Querying;
using PlanData.Storage;

namespace PlanData.Api.Nodes;

/// <summary>A root field that finds one node by its global ID or by a key users know (a number, a code).</summary>
public static class LookupField
{
    public static FieldBuilder<object?, object> AddLookup<TNodeType>(
        this ObjectGraphType query,
        string name,
        string typeName,
        string keyArgument,
        string keyDescription,
        Func<PlanDataContext, string, CancellationToken, Task<object?>> findByKey)
        where TNodeType : IGraphType =>
        query.AddLookup<TNodeType>(name, typeName, keyArgument, keyDescription, (c, key) => findByKey(c.Db(), key, c.CancellationToken));

    /// <summary>The same with the request at hand, for lookups that read more arguments than the key (a number's jurisdiction and year).</summary>
    public static FieldBuilder<object?, object> AddLookup<TNodeType>(
        this ObjectGraphType query,
        string name,
        string typeName,
        string keyArgument,
        string keyDescription,
        Func<IResolveFieldContext, string, Task<object?>> findByKey)
        where TNodeType : IGraphType =>
        query.Field<TNodeType>(name)
            .Argument<IdGraphType>("id", $"The {typeName}'s global ID.")
            .Argument<StringGraphType>(keyArgument, keyDescription)
            .ResolveAsync(async c =>
            {
                if (c.GetArgument<string?>("id") is { } id)
                {
                    return await NodeResolver.FindAsync(c.Db(), id, "id", typeName, c.CancellationToken);
                }

                return c.GetArgument<string?>(keyArgument) switch
                {
                    { } key when !NaturalKeys.CanExist(key) => null,
                    { } key => await findByKey(c, key),
                    null => throw new PlanDataError("MISSING_ARGUMENT", $"Give `id` or `{keyArgument}`."),
                };
            });
}
