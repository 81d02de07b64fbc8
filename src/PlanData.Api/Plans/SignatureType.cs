using GraphQL.Types;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class SignatureType : ObjectGraphType<Signature>
{
    public SignatureType()
    {
        Name = "Signature";
        Description = "The signature block of a document.";
        this.Scalar("name", s => s.Name);
        this.Scalar("position", s => s.Position, "e.g. CHỦ TỊCH UBND TỈNH");
        this.Scalar("capacity", s => s.Capacity, "The capacity signed in, e.g. TRƯỞNG BAN; KT. / TM. forms kept as printed.", nullable: true);
    }
}
