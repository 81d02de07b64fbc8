using System.Buffers.Binary;

namespace PlanData.Api.Storage;

/// <summary>
/// The 100-byte header a SQLite file starts with (https://sqlite.org/fileformat.html), read to tell
/// an empty, foreign or cut-off file apart in plain words: SQLite takes an empty file for an empty
/// database, and notices a missing end only when a query reaches it.
/// </summary>
public static class DatabaseHeader
{
    private const int Size = 100;

    /// <summary>What is wrong with the file, judged by its header and length; null when nothing is.</summary>
    public static string? Problem(FileStream file)
    {
        var length = file.Length;
        if (length == 0)
        {
            return "is empty (0 bytes)";
        }

        Span<byte> header = stackalloc byte[Size];
        file.Position = 0;
        if (file.ReadAtLeast(header, Size, throwOnEndOfStream: false) < Size || !header[..16].SequenceEqual("SQLite format 3\0"u8))
        {
            return "is not a SQLite database (it does not start with the SQLite header)";
        }

        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]) is var size && size == 1 ? 65536 : size;
        if (pageSize < 512 || !int.IsPow2(pageSize))
        {
            return $"is damaged: its header gives an impossible page size ({pageSize})";
        }

        // The page count is only valid when the transaction that wrote the change counter wrote it too (SQLite 3.7.0 and later do).
        var changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        var validFor = BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        var promised = validFor == changeCounter ? (long)pages * pageSize : 0;
        if (length < promised)
        {
            return $"is truncated: {length} bytes where its header promises {promised}";
        }

        return length % pageSize != 0 ? $"is truncated: {length} bytes are not a whole number of {pageSize}-byte pages" : null;
    }
}
