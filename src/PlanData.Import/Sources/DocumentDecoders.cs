using PlanData.Import.Sources.LegacyWord;
using PlanData.Import.Sources.Pdf;
using PlanData.Plans;

namespace PlanData.Import.Sources;

/// <summary>
/// Stage 0: a file's bytes → the one document model, by the file's extension. Every later stage
/// works on <see cref="DocumentModel"/>, never on a format.
/// </summary>
public static class DocumentDecoders
{
    /// <summary>The extensions the importer reads, as the README lists them.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".docx", ".pdf", ".doc"];

    public static DocumentModel Decode(byte[] bytes, string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".docx" => DocxReader.Read(bytes, fileName),
            ".pdf" => PdfReader.Read(bytes, fileName),
            ".doc" => LegacyWordReader.Read(bytes, fileName),
            _ => DocumentModel.FromText(SourceFormat.Text, SourceDecoder.Decode(bytes, fileName)),
        };
}
