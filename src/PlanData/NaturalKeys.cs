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

    /// <summary>
    /// The key of a document as an entry names it. Party documents are numbered per committee term,
    /// not per year, so their key holds the date of issue (the year only when no date is known):
    /// viet-nam:2024-12-22:57-NQ/TW. A document printed without a running number has none to key
    /// on: its key holds its date and a digest of its folded title, quang-ngai/xa-tinh-tra:2024-04-26:KH-UBND#1f2e3d4c.
    /// </summary>
    public static string Document(Seeding.DocumentEntry entry)
    {
        var when = entry.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            ?? entry.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        if ((entry.Serial is null && entry.Number.TrimStart().StartsWith('/')) || entry.Number.Length == 0)
        {
            var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Text.TextFolding.Fold(entry.Summary ?? ""))))[..8];
            return $"{entry.Jurisdiction}:{when}:{entry.Symbol}#{digest}";
        }

        if (IsPartyStyle(entry.Number))
        {
            return $"{entry.Jurisdiction}:{when}:{entry.Serial}-{entry.Symbol}";
        }

        // A letter after the running number ("36a/NQ-CP") makes another document than 36/NQ-CP.
        var suffix = entry.Number.SkipWhile(char.IsDigit).TakeWhile(char.IsLetter).ToArray();
        return suffix.Length == 1 && entry.Serial is { } serial
            ? $"{entry.Jurisdiction}:{entry.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}:{serial}{suffix[0]}/{entry.Symbol}"
            : Document(entry.Jurisdiction, entry.Year, entry.Serial, entry.Symbol);
    }

    /// <summary>13-NQ/TU, 01-KH/BCĐTW: a hyphen between running number and type (Hướng dẫn 36-HD/VPTW).</summary>
    public static bool IsPartyStyle(string number) =>
        number.Length > 0 && char.IsDigit(number[0]) && number.SkipWhile(char.IsDigit).FirstOrDefault() == '-';

    /// <summary>A plan item within its plan, by the code printed before it: plan#1.2.</summary>
    public static string PlanItem(string planKey, string itemCode) => $"{planKey}#{itemCode}";

    /// <summary>An indicator within its plan: plan#fiber-households.</summary>
    public static string Indicator(string planKey, string indicatorCode) => $"{planKey}#{indicatorCode}";

    /// <summary>Whether a key a client sends could name something stored (see <see cref="Text.StorableText"/>).</summary>
    public static bool CanExist(string key) => Text.StorableText.CanHold(key);
}
