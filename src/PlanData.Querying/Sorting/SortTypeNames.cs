namespace PlanData.Querying.Sorting;

public static class SortTypeNames
{
    public static string Object(string typeName) => $"{typeName}SortInput";

    public const string Direction = "SortEnumType";
}
