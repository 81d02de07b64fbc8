using System.Security.Cryptography;
using PlanData.Import.Sources;
using PlanData.Seeding;

namespace PlanData.Import;

/// <summary>A file on disk → its text (.txt in any supported encoding, or .docx) → <see cref="PlanImporter"/>.</summary>
public static class DocumentReader
{
    public static ImportResult Read(string path, AgencyRegistryFile registry, bool allowIncomplete = false)
    {
        var name = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        string text;
        if (string.Equals(Path.GetExtension(path), ".docx", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new MemoryStream(bytes, writable: false);
            text = DocxReader.ReadText(stream, name);
        }
        else
        {
            text = SourceDecoder.Decode(bytes, name);
        }

        return PlanImporter.Import(text, name, Convert.ToHexStringLower(SHA256.HashData(bytes)), registry, allowIncomplete);
    }
}
