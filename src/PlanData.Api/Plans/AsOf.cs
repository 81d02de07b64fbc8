using GraphQL;
using GraphQL.Types;
using PlanData.Querying;

namespace PlanData.Api.Plans;

/// <summary>The date statuses are computed against: the field's own or the nearest enclosing <c>asOf</c> argument, else today in Việt Nam.</summary>
public static class AsOf
{
    private static readonly TimeZoneInfo _vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly For(IResolveFieldContext context)
    {
        for (var current = context; current is not null; current = current.Parent)
        {
            if (current.FieldDefinition.Arguments?.Find("asOf") is not null && current.GetArgument<DateOnly?>("asOf") is { } asOf)
            {
                return asOf;
            }
        }

        return Today(context.RequestServices!.GetRequiredService<TimeProvider>());
    }

    /// <summary>Adds the <c>asOf</c> argument to a list whose items have statuses.</summary>
    public static void Argument(FieldType field) =>
        field.Arguments!.Add(new QueryArgument<DateScalar> { Name = "asOf", Description = "The date statuses are computed against (default: today in Asia/Ho_Chi_Minh)." });

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _vietnam).DateTime);
}
