using GraphQL;
using GraphQL.Types;
using PlanData.Api.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class RecipientType : ObjectGraphType<Recipient>
{
    public RecipientType()
    {
        Name = "Recipient";
        Description = "One entry of a plan's distribution list (Nơi nhận).";
        Field<AgencyType>("agency").ResolveAsync(async c => c.Source.AgencyId is { } id ? await c.Db().Agencies.FindAsync([id], c.CancellationToken) : null);
        Field(r => r.Text).Description("As printed, e.g. 'Bộ Thông tin và Truyền thông (báo cáo)'.");
        Field(r => r.Purpose, nullable: true).Description("The parenthesised purpose, e.g. báo cáo.");
    }
}
