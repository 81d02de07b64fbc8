namespace PlanData.Querying.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}
