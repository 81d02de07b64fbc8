using GraphQL.Types;
using PlanData.Documents;

namespace PlanData.Api.Documents;

public sealed class DocumentKindType : EnumerationGraphType<DocumentKind>
{
    public DocumentKindType()
    {
        Name = "DocumentKind";
        Description = "The type of a document, from its type abbreviation (Nghị định 30/2020/NĐ-CP, Phụ lục III).";
    }
}
