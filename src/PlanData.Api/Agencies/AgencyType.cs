using PlanData.Agencies;
using PlanData.Api.Jurisdictions;
using PlanData.Querying;
using PlanData.Querying.Data;

namespace PlanData.Api.Agencies;

public sealed class AgencyType : NodeObjectType<Agency>
{
    /// <summary>How many successor links currentSuccessor follows (the 2025 reorganisation needs one).</summary>
    public const int SuccessorDepth = 4;

    private static readonly SuccessorChain<Agency, int> _successors = new(a => a.Successor, a => a.Id, SuccessorDepth);

    public AgencyType()
        : base("Agency", "A party that plans name: a body, a group named as one party, or an enterprise.", a => a.Code)
    {
        this.Scalar("code", a => a.Code, "Stable code: jurisdiction slug / agency slug, e.g. quang-ngai/so-tttt.");
        this.Scalar("name", a => a.Name, "Full name, e.g. Sở Thông tin và Truyền thông.");
        this.Scalar("shortName", a => a.ShortName, "Customary short form, e.g. Sở TT&TT.", nullable: true);
        this.StringList("aliases", a => a.Aliases, "Other spellings met in documents, e.g. 'STTTT', 'Thành viên BCD CDS tỉnh Quảng Ngãi'.");
        this.Scalar("kind", a => a.Kind);
        this.Reference<Agency, JurisdictionType, Jurisdiction, string>("jurisdiction", a => a.Jurisdiction, a => a.JurisdictionCode, "Code", nullable: false);
        this.Scalar("isCollective", a => a.IsCollective, "True for a group named as one party, e.g. 'Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'.");
        this.Reference<Agency, AgencyType, Agency>("parent", a => a.Parent, a => a.ParentId);
        this.Scalar("dissolvedOn", a => a.DissolvedOn, "When the agency stopped existing under this name (merger, dissolution), where known.", nullable: true);
        this.Reference<Agency, AgencyType, Agency>("successor", a => a.Successor, a => a.SuccessorId, "The agency that took over its duties, where known (e.g. the 2025 reorganisation).");
        _successors.Field<AgencyType>(this, "currentSuccessor", "Follows successor links to the agency that holds these duties today (itself if still in existence).");
        this.NestedConnection<Agency, AssignmentsConnectionType, PlanData.Plans.Assignment>("assignments", "Assignment", a => a.Assignments, a => a.Id, AgencyOrders.Assignments)
            .Description("The plan items that name this agency, with its role in each.");
    }
}
