using GraphQL.Types;
using PlanData.Agencies;

namespace PlanData.Api.Agencies;

public sealed class JurisdictionType : ObjectGraphType<Jurisdiction>
{
    public JurisdictionType()
    {
        Name = "Jurisdiction";
        Description = "An administrative area: the country, a province, a district or a commune.";
        Field(j => j.Code).Description("Slug, e.g. quang-ngai; viet-nam for national bodies.");
        Field(j => j.Name);
        Field<NonNullGraphType<JurisdictionLevelType>>("level").Resolve(c => c.Source.Level);
    }
}
