namespace PlanData.Text;

/// <summary>What text the database can hold: none with U+0000 in it (the importer refuses such text, and PostgreSQL cannot store it).</summary>
public static class StorableText
{
    /// <summary>Whether <paramref name="text"/> could be stored, so a key a client sends that cannot is answered without the database.</summary>
    public static bool CanHold(string text) => !text.Contains('\0', StringComparison.Ordinal);
}
