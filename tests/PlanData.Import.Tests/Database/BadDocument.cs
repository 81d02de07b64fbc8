namespace PlanData.Import.Tests.Database;

public enum BadInput
{
    Empty,
    Binary,
    Tcvn3,
    Vni,
    NoNumber,
    DuplicateNumber,
    Truncated,
}

/// <summary>Documents the importer must refuse, written into a scratch folder.</summary>
public static class BadDocument
{
    /// <summary>The line after which <see cref="BadInput.Truncated"/> cuts the seed document.</summary>
    public const int TruncatedAfter = 40;

    public static TheoryData<BadInput> All() => [.. Enum.GetValues<BadInput>()];

    public static string FileName(BadInput input) => input switch
    {
        BadInput.Empty => "empty.txt",
        BadInput.Binary => "scan.txt",
        BadInput.Tcvn3 => "quang-ngai-04-tcvn3.txt",
        BadInput.Vni => "quang-ngai-04-vni.txt",
        BadInput.NoNumber => "quang-ngai-04-no-number.txt",
        BadInput.DuplicateNumber => "quang-ngai-04-corrected.txt",
        BadInput.Truncated => "quang-ngai-04-truncated.txt",
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    /// <summary>The code of the one error the report gives for <paramref name="input"/>.</summary>
    public static string ErrorCode(BadInput input) => input switch
    {
        BadInput.Empty or BadInput.Binary or BadInput.Tcvn3 or BadInput.Vni => "unreadable",
        BadInput.NoNumber => "no-number",
        BadInput.DuplicateNumber => "duplicate-number",
        BadInput.Truncated => "truncated",
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    public static string Write(ScratchFolder scratch, BadInput input)
    {
        var seed = File.ReadAllText(ScratchFolder.SeedDocument);
        var name = FileName(input);
        return input switch
        {
            BadInput.Empty => scratch.Write(name, []),
            BadInput.Binary => scratch.Write(name, RandomBytesWithNuls()),
            BadInput.Tcvn3 => scratch.Write(name, LegacyText.ToTcvn3(seed)),
            BadInput.Vni => scratch.Write(name, LegacyText.ToVni(seed)),
            BadInput.NoNumber => scratch.Write(name, seed.Replace("Số: 04 /KH-BCĐ", "Số: abc", StringComparison.Ordinal)),
            BadInput.DuplicateNumber => scratch.Write(name, Corrected(seed)),
            BadInput.Truncated => scratch.Write(name, string.Join('\n', ScratchFolder.SeedLines().Take(TruncatedAfter)) + "\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };
    }

    /// <summary>The seed document with another title and a later date for item 4: same number, other content.</summary>
    public static string Corrected(string seed)
    {
        var corrected = seed
            .Replace("Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022\n", "Hoạt động năm 2022 của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi\n", StringComparison.Ordinal)
            .Replace("- Thời gian: Tháng 9/2022.", "- Thời gian: Tháng 10/2022.", StringComparison.Ordinal);
        Assert.NotEqual(seed, corrected);
        return corrected;
    }

    private static byte[] RandomBytesWithNuls()
    {
        var bytes = new byte[4096];
        new Random(20220310).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7)
        {
            bytes[i] = 0;
        }

        // Not a byte-order mark, so that the bytes are read as what they are.
        bytes[0] = 0x01;
        return bytes;
    }
}
