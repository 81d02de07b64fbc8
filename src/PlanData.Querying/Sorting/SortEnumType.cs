using GraphQL.Types;
using PlanData.Querying;

namespace PlanData.Querying.Sorting;

public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = SortTypeNames.Direction;
        Description = "The direction of a sort key.";
        this.Describe(("ASC", "Ascending: smallest first, nulls first."), ("DESC", "Descending: largest first, nulls last."));
    }
}
