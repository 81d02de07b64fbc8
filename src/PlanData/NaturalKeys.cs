namespace PlanData;

/// <summary>
/// Natural keys: built only from facts printed in the documents, so that rebuilding the
/// database or importing another document never changes an existing key (or the global ID
/// derived from it).
/// </summary>
public static class NaturalKeys
{
    /// <summary>jurisdiction : year : serial/symbol, e.g. quang-ngai:2022:4/KH-BCĐ.</summary>
    /// <remarks>The symbol names type and issuer (KH-BCĐ), the serial runs per issuer per year;
    /// leading zeros are dropped so that 0155/KH-UBND and 155/KH-UBND are one document.</remarks>
    public static string Document(string jurisdictionCode, int? year, int? serial, string symbol) =>
        $"{jurisdictionCode}:{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}:{(serial is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" : "")}{symbol}";

    /// <summary>A plan item within its plan, by the code printed before it: plan#1.2.</summary>
    public static string PlanItem(string planKey, string itemCode) => $"{planKey}#{itemCode}";

    /// <summary>An indicator within its plan: plan#fiber-households.</summary>
    public static string Indicator(string planKey, string indicatorCode) => $"{planKey}#{indicatorCode}";

    /// <summary>
    /// Whether a key a client sends could name something stored: none has U+0000 in it (the importer
    /// refuses such text, and PostgreSQL cannot hold it), so such a key is answered without the database.
    /// </summary>
    public static bool CanExist(string key) => !key.Contains('\0', StringComparison.Ordinal);
}
