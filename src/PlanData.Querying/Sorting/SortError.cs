namespace PlanData.Querying.Sorting;

public static class SortError
{
    /// <summary>HC0026 for a null sort value, worded as Hot Chocolate words it for sorting (not "filter").</summary>
    public static PlanDataError NullNotSupported(string field, string inputType) =>
        new("HC0026", $"The provided value for sorting `{field}` of type {inputType} is invalid. Null values are not supported.");
}
