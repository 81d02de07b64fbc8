namespace PlanData.Querying.Data;

public enum DataFieldKind
{
    /// <summary>String, number, date, boolean or enum: filtered with an operation input, sorted directly.</summary>
    Scalar,

    /// <summary>The global ID: filtered by decoded IDs, sorted by the natural key.</summary>
    Id,

    /// <summary>A related or owned object: filtered and sorted through its own fields.</summary>
    Object,

    /// <summary>A list of objects: all / none / some / any.</summary>
    List,

    /// <summary>A list of strings: all / none / some / any over string operations.</summary>
    StringList,
}
