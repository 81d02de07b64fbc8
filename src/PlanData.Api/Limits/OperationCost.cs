using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using PlanData.Querying;

namespace PlanData.Api.Limits;

/// <summary>
/// The cost model, checked against <see cref="LimitsOptions.MaxFieldCost"/> before anything runs.
/// Every field costs 1. A list multiplies the cost of its selection by the number of elements it
/// may return: the <c>nodes</c> and <c>edges</c> of a connection by its <c>first</c>/<c>last</c>
/// (literal, variable or the variable's default; 10 when neither is given; never more than the 100
/// the resolver allows), any other list by the default page size, 10. Nested lists multiply, and
/// fragments count wherever they are spread. Introspection costs nothing here: its own depth limits
/// bound it, and it never reads the database.
/// </summary>
internal static class OperationCost
{
    public const double FieldWeight = 1;

    /// <summary>The page size a connection field hands to its <c>nodes</c> and <c>edges</c>; null for any other field.</summary>
    public static int? ConnectionPageSize(FieldType? definition, GraphQLField field, OperationWalk walk) =>
        definition?.ResolvedType is { } type && IsPaged(definition) && !IsList(type) ? PageSize(field, walk) : null;

    /// <param name="pageSize">The page size of the connection whose selection the field is in, if it is.</param>
    public static double Multiplier(ROM name, FieldType? definition, GraphQLField field, int? pageSize, OperationWalk walk)
    {
        if (pageSize is { } size && (name == "nodes" || name == "edges"))
        {
            return size;
        }

        if (definition?.ResolvedType is { } type && IsList(type))
        {
            return IsPaged(definition) ? PageSize(field, walk) : PageRequest.DefaultPageSize;
        }

        return 1;
    }

    private static int PageSize(GraphQLField field, OperationWalk walk)
    {
        var first = walk.IntArgument(field, "first");
        var last = walk.IntArgument(field, "last");
        var size = first is null && last is null ? PageRequest.DefaultPageSize : Math.Max(first ?? 0, last ?? 0);

        // A larger page is refused by the resolver (HC0051) before it reads anything.
        return Math.Clamp(size, 0, PageRequest.MaxPageSize);
    }

    private static bool IsPaged(FieldType definition) =>
        definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null;

    private static bool IsList(IGraphType type) => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
