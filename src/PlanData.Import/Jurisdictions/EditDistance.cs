namespace PlanData.Import.Jurisdictions;

/// <summary>Whether two strings differ by at most one inserted, deleted or replaced character.</summary>
public static class EditDistance
{
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        // After the first difference the rest must be equal, shifted by the edit.
        return a.AsSpan(Math.Min(a.Length, i + (a.Length >= b.Length ? 1 : 0))).SequenceEqual(b.AsSpan(Math.Min(b.Length, i + (b.Length >= a.Length ? 1 : 0))));
    }
}
