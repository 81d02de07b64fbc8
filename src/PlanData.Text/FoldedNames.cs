namespace PlanData.Text;

/// <summary>
/// What the folded twin of a text column is called ("Title" → "TitleFolded"): the storage adds the twins, the query machinery
/// compares against them, and both must spell them alike.
/// </summary>
public static class FoldedNames
{
    public const string Suffix = "Folded";

    public static string Of(string propertyName) => propertyName + Suffix;
}
