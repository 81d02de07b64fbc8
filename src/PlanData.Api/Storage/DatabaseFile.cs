using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace PlanData.Api.Storage;

/// <summary>
/// Opens the file at the database path for serving: checks that it is a whole plan-data database
/// this build can read, then hashes it for its version (or reads what it can from <see cref="VerifiedDatabase"/>'s
/// note when the file is the one checked before). The connection that checked it becomes the
/// version's first, so the version's id describes the very file its connections read.
/// </summary>
public static class DatabaseFile
{
    private const int SqliteBusy = 5, SqliteLocked = 6;

    public static SqliteConnection Connect(string path) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    public static string NotFound(string path) => $"database not found: {path} (set Database:Path, or run the import command to create it)";

    /// <returns>
    /// The version, or the problem in one line ("database PATH is ..."); neither when the file was
    /// replaced while it was being checked (look again).
    /// </returns>
    public static async Task<(DatabaseVersion? Version, string? Problem)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            return (null, $"database {path} is a folder, not a file (set Database:Path to the SQLite file)");
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, NotFound(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"database {path} cannot be read: {e.Message}");
        }

        await using (file)
        {
            var stamp = FileStamp.Of(file.SafeFileHandle);
            if (DatabaseHeader.Problem(file) is { } damage)
            {
                return (null, $"database {path} {damage}");
            }

            var connection = Connect(path);
            try
            {
                await connection.OpenAsync(cancellationToken);
                var verified = VerifiedDatabase.Read(path, stamp);
                var schemaKnown = verified?.SchemaReader == DatabaseSchema.Reader;
                var problem = schemaKnown ? null : await DatabaseSchema.ProblemAsync(connection, cancellationToken);
                if ((problem ?? (verified is null ? await QuickCheckAsync(connection, cancellationToken) : null)) is { } refused)
                {
                    await connection.DisposeAsync();
                    return (null, $"database {path} {refused}");
                }

                file.Position = 0;
                var version = verified?.Sha256 ?? Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));

                // The connection read, and the hash describes, the file whose header was checked only if
                // the path still holds it unchanged (nobody should write the live file, but tests do).
                if (FileStamp.Of(file.SafeFileHandle) != stamp || FileStamp.At(path) != stamp)
                {
                    await connection.DisposeAsync();
                    return (null, null);
                }

                if (!schemaKnown)
                {
                    VerifiedDatabase.Record(path, stamp, version, DatabaseSchema.Reader);
                }

                return (new DatabaseVersion(path, stamp, version, connection), null);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
            {
                // Written in place while it was checked.
                await connection.DisposeAsync();
                return (null, null);
            }
            catch (SqliteException e)
            {
                await connection.DisposeAsync();
                return (null, $"database {path} cannot be read: {e.Message}");
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>
    /// SQLite's structural check of every page (without matching indexes to tables): a fifth of a
    /// second for a 200 MB file, less than hashing it, and it finds a damaged page before a query does.
    /// </summary>
    private static async Task<string?> QuickCheckAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1)";
        var result = (string?)await command.ExecuteScalarAsync(cancellationToken);
        return result == "ok" ? null : $"is damaged: {result?.ReplaceLineEndings(" ")}";
    }
}
