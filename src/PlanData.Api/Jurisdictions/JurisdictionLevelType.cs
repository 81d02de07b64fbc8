using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Querying;

namespace PlanData.Api.Jurisdictions;

public sealed class JurisdictionLevelType : EnumerationGraphType<JurisdictionLevel>
{
    public JurisdictionLevelType()
    {
        Name = "JurisdictionLevel";
        Description = "The tier of government an area belongs to.";
        this.Describe(
            ("NATIONAL", "The country (national bodies: Government, ministries, national committees)."),
            ("PROVINCIAL", "A tỉnh or a centrally-run city (thành phố trực thuộc trung ương)."),
            ("DISTRICT", "A huyện, quận, thị xã or provincial city; the tier ended on 2025-07-01."),
            ("COMMUNE", "A xã, phường or thị trấn (đặc khu included)."));
    }
}
