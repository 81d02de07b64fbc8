namespace PlanData.Import.Signatures;

/// <summary>
/// Reads the signature block: capacity lines, the position line, the signer's name last.
/// [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH, (Đã ký), Trần Phước Hiền] is signed by
/// Trần Phước Hiền as PHÓ CHỦ TỊCH in the capacity "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH".
/// </summary>
public static class SignatureReader
{
    /// <summary>Null when the block ends without a name, or names no title.</summary>
    public static SignatureReading? Read(IReadOnlyList<string> lines)
    {
        var kept = lines.Select(SignatureLine.Clean).Where(l => l.Length > 0 && !SignatureLine.IsNoise(l)).ToList();
        if (kept.Count == 0 || SignatureLine.IsUpperCase(kept[^1]))
        {
            return null;
        }

        var titles = new List<string>();
        foreach (var line in kept.Take(kept.Count - 1).Where(SignatureLine.IsUpperCase))
        {
            if (titles.Count > 0 && SignatureLine.Continues(titles[^1], line))
            {
                titles[^1] = $"{titles[^1]} {line}";
            }
            else
            {
                titles.Add(line);
            }
        }

        return titles.Count == 0
            ? null
            : new SignatureReading(kept[^1], titles[^1], titles.Count > 1 ? string.Join(' ', titles.Take(titles.Count - 1)) : null);
    }
}
