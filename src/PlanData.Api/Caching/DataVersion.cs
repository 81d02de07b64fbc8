using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PlanData.Api.Storage;

namespace PlanData.Api.Caching;

/// <summary>
/// The version of the data the API serves: the SHA-256 of the database file. The data only changes
/// when an import writes a new file beside it and renames it over it, so the file's size and
/// last-write time are looked at (at most once a second) and the content is hashed again only when
/// they change. Hashing the content rather than the metadata keeps the version, and every entity
/// tag derived from it, the same across restarts and across servers that hold the same file.
/// </summary>
public sealed class DataVersion(IOptions<DatabaseOptions> options, TimeProvider time)
{
    private const string MissingFile = "none";

    private static readonly TimeSpan _recheckAfter = TimeSpan.FromSeconds(1);

    private readonly string _path = options.Value.FullPath;
    private readonly Lock _lock = new();
    private (long Length, DateTime LastWrite)? _stamp;
    private string _version = MissingFile;
    private long? _checkedAt;

    public string Current
    {
        get
        {
            lock (_lock)
            {
                var now = time.GetTimestamp();
                if (_checkedAt is not { } checkedAt || time.GetElapsedTime(checkedAt, now) >= _recheckAfter)
                {
                    Refresh();
                    _checkedAt = now;
                }

                return _version;
            }
        }
    }

    private void Refresh()
    {
        FileStream file;
        try
        {
            file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            (_stamp, _version) = (null, MissingFile);
            return;
        }

        using (file)
        {
            // Size and time of the file just opened, so that they describe the bytes hashed below.
            var stamp = (file.Length, File.GetLastWriteTimeUtc(file.SafeFileHandle));
            if (stamp == _stamp)
            {
                return;
            }

            var replaced = _stamp is not null;
            (_stamp, _version) = (stamp, Convert.ToHexStringLower(SHA256.HashData(file)));

            // Pooled connections still read the replaced file; new ones open the new one, so that
            // what is served matches the version its entity tags name.
            if (replaced)
            {
                SqliteConnection.ClearAllPools();
            }
        }
    }
}
