using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Ide;

/// <summary>One file of the IDE, on disk (the package's files) or in memory (bcp-config.json), with what its response says about it.</summary>
internal sealed record IdeFile(string ContentType, EntityTagHeaderValue ETag, string CacheControl, string? PhysicalPath, byte[]? Content)
{
    public static IdeFile OnDisk(string path, string contentType, string cacheControl)
    {
        using var stream = File.OpenRead(path);
        return new IdeFile(contentType, ETagOf(SHA256.HashData(stream)), cacheControl, path, null);
    }

    public static IdeFile InMemory(byte[] content, string contentType, string cacheControl) =>
        new(contentType, ETagOf(SHA256.HashData(content)), cacheControl, null, content);

    /// <summary>
    /// A new result per request (a file result records the file's length and date when it runs); it
    /// answers If-None-Match with 304 and HEAD without a body.
    /// </summary>
    public IResult ToResult() => PhysicalPath is not null
        ? Results.File(PhysicalPath, ContentType, entityTag: ETag)
        : Results.Bytes(Content!, ContentType, entityTag: ETag);

    private static EntityTagHeaderValue ETagOf(byte[] hash) => new($"\"{Convert.ToHexStringLower(hash)}\"");
}
