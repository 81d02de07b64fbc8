using System.Collections;

namespace PlanData.Querying.Filtering;

/// <summary>
/// Bounds the number of objects in a <c>where</c> or <c>order</c> argument: each one becomes a node of the
/// LINQ expression EF walks recursively, and 20,000 `or` entries overflow the stack and kill the process.
/// Scalar list values (`in: [...]`) are not counted: they become one parameter list.
/// </summary>
public static class FilterSize
{
    public const int MaxObjects = 500;

    public static void Check(object? argument, string argumentName, int max = MaxObjects)
    {
        var count = 0;
        if (!Within(argument, ref count, max))
        {
            throw new PlanDataError("FILTER_TOO_COMPLEX", $"The `{argumentName}` argument has more than {max} objects (filters, `and`/`or` entries or sort keys); split the request.")
                .With("maxObjects", max);
        }
    }

    private static bool Within(object? value, ref int count, int max)
    {
        switch (value)
        {
            case IDictionary<string, object?> fields:
                if (++count > max)
                {
                    return false;
                }

                foreach (var field in fields.Values)
                {
                    if (!Within(field, ref count, max))
                    {
                        return false;
                    }
                }

                return true;
            case IEnumerable list and not string:
                foreach (var item in list)
                {
                    if (!Within(item, ref count, max))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
