using Microsoft.Win32.SafeHandles;

namespace PlanData.Api.Storage;

/// <summary>
/// What tells one database file from the next without reading it. An import never writes the live
/// file: it renames a new one over it, which was created and last written later.
/// </summary>
public readonly record struct FileStamp(long Length, DateTime Created, DateTime LastWrite)
{
    /// <summary>The file now at <paramref name="path"/> (one stat call), or null when there is none.</summary>
    public static FileStamp? At(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.CreationTimeUtc, info.LastWriteTimeUtc) : null;
    }

    public static FileStamp Of(SafeFileHandle file) =>
        new(RandomAccess.GetLength(file), File.GetCreationTimeUtc(file), File.GetLastWriteTimeUtc(file));
}
