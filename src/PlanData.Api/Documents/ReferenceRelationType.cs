using GraphQL.Types;
using PlanData.Documents;
using PlanData.Querying;

namespace PlanData.Api.Documents;

public sealed class ReferenceRelationType : EnumerationGraphType<ReferenceRelation>
{
    public ReferenceRelationType()
    {
        Name = "ReferenceRelation";
        Description = "How a document relates to one it cites.";
        this.Describe(
            ("LEGAL_BASIS", "Căn cứ: the legal basis the document is issued under."),
            ("IMPLEMENTS", "The document carries out the cited one ('thực hiện Kế hoạch số ...')."),
            ("CITES", "Any other mention."));
    }
}
