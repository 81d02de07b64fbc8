using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public sealed class SourceFormatType : EnumerationGraphType<SourceFormat>
{
    public SourceFormatType()
    {
        Name = "SourceFormat";
        Description = "What a plan's text was read from.";
        this.Describe(
            ("TEXT", "A text file (UTF-8 or UTF-16)."),
            ("DOCX", "A Word document (.docx)."),
            ("PDF", "The text layer of a PDF."),
            ("SCANNED_PDF", "A scanned PDF, read by OCR (see `ocrConfidence`)."),
            ("LEGACY_WORD", "A legacy Word document (.doc)."));
    }
}
