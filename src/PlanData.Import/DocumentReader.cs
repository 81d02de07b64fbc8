using System.Security.Cryptography;
using PlanData.Import.Headers;
using PlanData.Import.Sources;
using PlanData.Seeding;

namespace PlanData.Import;

/// <summary>A file on disk → the document model (<see cref="DocumentDecoders"/>) → <see cref="PlanImporter"/>.</summary>
public static class DocumentReader
{
    public static ImportResult Read(string path, AgencyRegistryFile registry, bool allowIncomplete = false)
    {
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        var document = DocumentDecoders.Decode(bytes, name);
        // What the sender declared beside the file (NAME.meta: "issuer: ...", "number: ...", "issued-on: ..."), for copies whose header is lost.
        var sidecar = File.Exists(path + ".meta") ? PublisherMetadata.Parse(File.ReadAllLines(path + ".meta")) : PublisherMetadata.None;
        return PlanImporter.Import(document, name, Convert.ToHexStringLower(SHA256.HashData(bytes)), registry, allowIncomplete, sidecar);
    }
}
