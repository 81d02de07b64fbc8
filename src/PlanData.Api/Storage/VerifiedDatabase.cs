using System.Text.Json;

namespace PlanData.Api.Storage;

/// <summary>
/// A note beside the database file (PATH.verified) saying that the file with this stamp passed SQLite's
/// page check and has this SHA-256. Both read the whole file, seconds for a gigabyte, so a restart
/// with the same file reads the note instead; any write to the file changes its stamp and voids the
/// note. Where the folder is read-only there is no note, and every start checks and hashes.
/// </summary>
public static class VerifiedDatabase
{
    public static string NotePath(string path) => path + ".verified";

    /// <summary>The version recorded for the file with this stamp; null when there is no matching note.</summary>
    public static string? Version(string path, FileStamp stamp)
    {
        try
        {
            var note = JsonSerializer.Deserialize<Note>(File.ReadAllBytes(NotePath(path)));
            return note is not null && note.Stamp == stamp && note.Sha256.Length == 64 ? note.Sha256 : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Records the check; written to a temporary file and renamed, so that a reader never sees half a note.</summary>
    public static void Record(string path, FileStamp stamp, string sha256)
    {
        var note = NotePath(path);
        var partial = $"{note}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllBytes(partial, JsonSerializer.SerializeToUtf8Bytes(new Note(stamp, sha256)));
            File.Move(partial, note, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder: the next start checks again.
            File.Delete(partial);
        }
    }

    private sealed record Note(FileStamp Stamp, string Sha256);
}
