using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.Agencies;
using PlanData.Plans;
using PlanData.Querying.Data;

namespace PlanData.Api.Plans;

public sealed class RecipientType : ObjectGraphType<Recipient>
{
    public RecipientType()
    {
        Name = "Recipient";
        Description = "One entry of a plan's distribution list (Nơi nhận).";
        this.Reference<Recipient, AgencyType, Agency>("agency", r => r.Agency, r => r.AgencyId);
        this.Scalar("text", r => r.Text, "As printed, e.g. 'Bộ Thông tin và Truyền thông (báo cáo)'.");
        this.Scalar("purpose", r => r.Purpose, "The parenthesised purpose, e.g. báo cáo.", nullable: true);
    }
}
