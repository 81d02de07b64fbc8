using System.Security.Cryptography;
using System.Text.Json.Nodes;
using PlanData.Api.Storage;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// A start records that the file passed the page check and what it hashes to, so that the next start
/// with the same file need not read a gigabyte again; a file written after that is checked again.
/// </summary>
[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class VerifiedDatabaseTests(ScratchDatabases databases) : IClassFixture<ScratchDatabases>
{
    [Fact]
    public async Task A_start_notes_the_files_hash_and_a_file_damaged_afterwards_is_still_refused()
    {
        var path = databases.CopyOfSeed("verified");
        var settings = Serving(path);
        await using (await ApiServerProcess.StartAsync(settings))
        {
        }

        var note = JsonNode.Parse(await File.ReadAllTextAsync(VerifiedDatabase.NotePath(path)))!;
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(Sha256(bytes), (string?)note["Sha256"]);
        Assert.Equal(DatabaseSchema.Reader, (string?)note["SchemaReader"]);

        var pageSize = (bytes[16] << 8) | bytes[17];
        new Random(6).NextBytes(bytes.AsSpan(pageSize, pageSize));
        await File.WriteAllBytesAsync(path, bytes);
        var result = await ApiServerProcess.RunToExitAsync(settings, TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.StartsWith($"error: database {path} is damaged", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_note_written_by_another_build_does_not_spare_the_schema_check()
    {
        var path = databases.CopyOfSeed("other-build", "ALTER TABLE \"Plans\" DROP COLUMN \"Purposes\"");
        var stamp = FileStamp.At(path)!.Value;
        VerifiedDatabase.Record(path, stamp, Sha256(await File.ReadAllBytesAsync(path)), "an older build");

        var result = await ApiServerProcess.RunToExitAsync(Serving(path), TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.StartsWith($"error: database {path} has an older schema than this API reads (missing column Plans.Purposes)", Assert.Single(result.ErrorLines));
    }

    /// <summary>The API serving only the file at <paramref name="path"/>: a refused file stops the start instead of a seed being built.</summary>
    private static ApiServerSettings Serving(string path) => new()
    {
        Arguments = ["--urls", "http://127.0.0.1:0"],
        DatabasePath = path,
        Environment = new Dictionary<string, string> { ["Database__CreateFromSeed"] = "false" },
    };

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
