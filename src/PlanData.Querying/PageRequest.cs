using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace PlanData.Querying;

/// <summary>The first/after/last/before arguments of a list field, validated as Hot Chocolate does.</summary>
public sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    public static PageRequest From(IResolveFieldContext context)
    {
        var request = new PageRequest(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"),
            context.GetArgument<string?>("before"));
        foreach (var (name, value) in new[] { ("first", request.First), ("last", request.Last) })
        {
            if (value < 0)
            {
                throw new PlanDataError("HC0079", $"The value of `{name}` must be greater than or equal to zero.")
                    .With("fieldCoordinate", Coordinate(context));
            }

            if (value > MaxPageSize)
            {
                throw new PlanDataError("HC0051", "The maximum allowed items per page were exceeded.")
                    .With("requestedItems", value.Value)
                    .With("maxAllowedItems", MaxPageSize)
                    .With("fieldCoordinate", Coordinate(context));
            }
        }

        return request;
    }

    /// <summary>Adds the paging arguments, with the limits in their descriptions.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"Returns the first n elements of the list (default {DefaultPageSize}, at most {MaxPageSize}).")
        .Argument<StringGraphType>("after", "Returns the elements that come after the specified cursor.")
        .Argument<IntGraphType>("last", $"Returns the last n elements of the list (at most {MaxPageSize}).")
        .Argument<StringGraphType>("before", "Returns the elements that come before the specified cursor.");

    private static string Coordinate(IResolveFieldContext context) => $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
}
