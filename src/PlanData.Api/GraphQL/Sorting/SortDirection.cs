namespace PlanData.Api.GraphQL.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}
