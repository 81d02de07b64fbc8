using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.GraphQL.Data;

namespace PlanData.Api.Agencies;

public sealed class JurisdictionType : ObjectGraphType<Jurisdiction>
{
    public JurisdictionType()
    {
        Name = "Jurisdiction";
        Description = "An administrative area: the country, a province, a district or a commune.";
        this.Scalar("code", j => j.Code, "Slug, e.g. quang-ngai; viet-nam for national bodies.");
        this.Scalar("name", j => j.Name);
        this.Scalar("level", j => j.Level);
    }
}
