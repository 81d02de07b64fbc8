using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL;

namespace PlanData.Api.Agencies;

public static class AgencyQueries
{
    public static void AddAgencyFields(this ObjectGraphType query)
    {
        PageRequest.PagingArguments(query.Field<AgenciesConnectionType>("agencies"))
            .Description("Agencies in the registry and those that imported documents name.")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().Agencies, AgencyOrders.Agencies, PageRequest.From(c), c.CancellationToken));
        query.AddLookup<AgencyType>("agency", "Agency", "code", "The agency's code, e.g. quang-ngai/so-tttt.", async (db, code, ct) =>
                await db.Agencies.FirstOrDefaultAsync(a => a.Code == code.Trim().ToLowerInvariant(), ct))
            .Description("One agency, by global ID or by its stable code, e.g. \"quang-ngai/so-tttt\".");
    }
}
