using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace PlanData.Api.Caching;

/// <summary>
/// What makes two requests get the same response: the data version they read, the method, the variant
/// answered (media type and accepted content codings), the caller's scope and the request's exact bytes (body or query string). A SHA-256 of
/// them all, of which 128 bits are kept: no collision is to be expected, and no one can aim for one.
/// </summary>
public readonly record struct ResponseCacheKey(UInt128 Hash, string Version)
{
    public static ResponseCacheKey Of(string version, string method, string variant, string scope, ReadOnlySpan<byte> request)
    {
        var header = $"{version}\n{method}\n{variant}\n{scope}\n";
        var length = Encoding.UTF8.GetByteCount(header) + request.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(header, buffer);
            request.CopyTo(buffer.AsSpan(written));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return new ResponseCacheKey(MemoryMarshal.Read<UInt128>(hash), version);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
