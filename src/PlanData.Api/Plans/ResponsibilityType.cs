using GraphQL;
using GraphQL.Types;
using PlanData.Api.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class ResponsibilityType : ObjectGraphType<Responsibility>
{
    public ResponsibilityType()
    {
        Name = "Responsibility";
        Description = "An agency's duties under section III (Tổ chức thực hiện).";
        Field<NonNullGraphType<AgencyType>>("agency").ResolveAsync(async c => await c.Db().Agencies.FindAsync([c.Source.AgencyId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("duties").Description("Each duty as a sentence.").Resolve(c => c.Source.Duties);
    }
}
