using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class SourceDocumentType : ObjectGraphType<SourceDocument>
{
    public SourceDocumentType()
    {
        Name = "SourceDocument";
        Description = "The file a plan was read from.";
        this.Scalar("fileName", s => s.FileName);
        this.Scalar("sha256", s => s.Sha256);
        this.Scalar("lineCount", s => s.LineCount, "Number of non-empty source lines, and how many the importer mapped to data.");
        this.Scalar("mappedLineCount", s => s.MappedLineCount);
        this.Scalar("format", s => s.Format, "What the text was read from: a text file, .docx, a PDF's text layer, OCR of a scan, or a legacy .doc.");
        this.Scalar("ocrConfidence", s => s.OcrConfidence, "The mean OCR confidence of the text, from 0 to 1, when OCR read it; null otherwise.", nullable: true);
    }
}
