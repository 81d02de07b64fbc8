using GraphQL.Types;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class SourceDocumentType : ObjectGraphType<SourceDocument>
{
    public SourceDocumentType()
    {
        Name = "SourceDocument";
        Description = "The file a plan was read from.";
        Field(s => s.FileName);
        Field(s => s.Sha256);
        Field(s => s.LineCount).Description("Number of non-empty source lines, and how many the importer mapped to data.");
        Field(s => s.MappedLineCount);
    }
}
