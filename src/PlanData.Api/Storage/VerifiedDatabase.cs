using System.Text.Json;

namespace PlanData.Api.Storage;

/// <summary>
/// A note beside the database file (PATH.verified) saying that the file with this stamp passed SQLite's
/// page check, has this SHA-256, and had the schema that a build with <see cref="DatabaseSchema.Reader"/>
/// reads. The first two read the whole file, seconds for a gigabyte, and the schema check builds EF Core's
/// model (a second of a start), so a restart with the same file reads the note instead; any write to the
/// file changes its stamp and voids the note, and another build checks the schema again. Where the folder
/// is read-only there is no note, and every start checks and hashes.
/// </summary>
public static class VerifiedDatabase
{
    public static string NotePath(string path) => path + ".verified";

    /// <summary>The note on the file with this stamp; null when there is no matching note.</summary>
    public static Note? Read(string path, FileStamp stamp)
    {
        try
        {
            var note = JsonSerializer.Deserialize(File.ReadAllBytes(NotePath(path)), VerifiedDatabaseJson.Default.Note);
            return note is not null && note.Stamp == stamp && note.Sha256 is { Length: 64 } ? note : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Records the check; written to a temporary file and renamed, so that a reader never sees half a note.</summary>
    public static void Record(string path, FileStamp stamp, string sha256, string schemaReader)
    {
        var note = NotePath(path);
        var partial = $"{note}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllBytes(partial, JsonSerializer.SerializeToUtf8Bytes(new Note(stamp, sha256, schemaReader), VerifiedDatabaseJson.Default.Note));
            File.Move(partial, note, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder: the next start checks again.
            File.Delete(partial);
        }
    }

    /// <param name="SchemaReader">The <see cref="DatabaseSchema.Reader"/> of the build that found the schema readable; null in notes of older builds.</param>
    public sealed record Note(FileStamp Stamp, string Sha256, string? SchemaReader);
}
