using GraphQL;
using GraphQL.Types;
using PlanData.Agencies;
using PlanData.Api.GraphQL;
using PlanData.Storage;

namespace PlanData.Api.Agencies;

public sealed class AgencyType : NodeType<Agency>
{
    public AgencyType()
        : base("Agency", a => a.Code)
    {
        Description = "A party that plans name: a body, a group named as one party, or an enterprise.";
        Field(a => a.Code).Description("Stable code: jurisdiction slug / agency slug, e.g. quang-ngai/so-tttt.");
        Field(a => a.Name).Description("Full name, e.g. Sở Thông tin và Truyền thông.");
        Field(a => a.ShortName, nullable: true).Description("Customary short form, e.g. Sở TT&TT.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other spellings met in documents, e.g. 'STTTT', 'Thành viên BCD CDS tỉnh Quảng Ngãi'.")
            .Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<AgencyKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<JurisdictionType>>("jurisdiction").ResolveAsync(async c => await c.Db().Jurisdictions.FindAsync([c.Source.JurisdictionCode], c.CancellationToken));
        Field(a => a.IsCollective).Description("True for a group named as one party, e.g. 'Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'.");
        Field<AgencyType>("parent").ResolveAsync(async c => await FindAsync(c.Db(), c.Source.ParentId, c.CancellationToken));
        Field<DateScalar>("dissolvedOn")
            .Description("When the agency stopped existing under this name (merger, dissolution), where known.")
            .Resolve(c => c.Source.DissolvedOn);
        Field<AgencyType>("successor")
            .Description("The agency that took over its duties, where known (e.g. the 2025 reorganisation).")
            .ResolveAsync(async c => await FindAsync(c.Db(), c.Source.SuccessorId, c.CancellationToken));
        Field<NonNullGraphType<AgencyType>>("currentSuccessor")
            .Description("Follows successor links to the agency that holds these duties today (itself if still in existence).")
            .ResolveAsync(async c => await CurrentSuccessorAsync(c.Db(), c.Source, c.CancellationToken));
        PageRequest.PagingArguments(Field<AssignmentsConnectionType>("assignments"))
            .Description("The plan items that name this agency, with its role in each.")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().Assignments.Where(a => a.AgencyId == c.Source.Id), AgencyOrders.Assignments, PageRequest.From(c), c.CancellationToken));
    }

    private static async Task<Agency?> FindAsync(PlanDataContext db, int? id, CancellationToken cancellationToken) =>
        id is { } value ? await db.Agencies.FindAsync([value], cancellationToken) : null;

    private static async Task<Agency> CurrentSuccessorAsync(PlanDataContext db, Agency agency, CancellationToken cancellationToken)
    {
        // The visited set stops a bad registry (a successor cycle) from looping forever.
        var visited = new HashSet<int> { agency.Id };
        while (await FindAsync(db, agency.SuccessorId, cancellationToken) is { } next && visited.Add(next.Id))
        {
            agency = next;
        }

        return agency;
    }
}
