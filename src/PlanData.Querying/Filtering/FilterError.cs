namespace PlanData.Querying.Filtering;

public static class FilterError
{
    /// <summary>HC0026: null given where null means nothing.</summary>
    public static PlanDataError NullNotSupported(string operation, string inputType) =>
        new("HC0026", $"The provided value for filter `{operation}` of type {inputType} is invalid. Null values are not supported.");
}
