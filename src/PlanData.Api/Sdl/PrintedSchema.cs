using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PlanData.Api.Sdl;

/// <summary>The schema's SDL as `schema export` prints it, with a strong ETag of its text.</summary>
internal sealed record PrintedSchema(byte[] Utf8, EntityTagHeaderValue ETag)
{
    public static PrintedSchema Print(IServiceProvider services)
    {
        var utf8 = Encoding.UTF8.GetBytes(SchemaText.Print(services));
        return new PrintedSchema(utf8, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(utf8))}\""));
    }
}
