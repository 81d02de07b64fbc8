using GraphQL.Types;

namespace PlanData.Querying;

/// <summary>The contract's <c>Date</c>: an ISO-8601 calendar date (yyyy-MM-dd) backed by <see cref="DateOnly"/>.</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "ISO-8601 calendar date without time or zone, e.g. 2022-03-10.";
    }
}
