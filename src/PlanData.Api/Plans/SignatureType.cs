using GraphQL.Types;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class SignatureType : ObjectGraphType<Signature>
{
    public SignatureType()
    {
        Name = "Signature";
        Description = "The signature block of a document.";
        Field(s => s.Name);
        Field(s => s.Position).Description("e.g. CHỦ TỊCH UBND TỈNH");
        Field(s => s.Capacity, nullable: true).Description("The capacity signed in, e.g. TRƯỞNG BAN; KT. / TM. forms kept as printed.");
    }
}
