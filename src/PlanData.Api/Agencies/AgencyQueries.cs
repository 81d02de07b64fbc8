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
        query.Field<AgencyType>("agency")
            .Description("One agency, by global ID or by its stable code, e.g. \"quang-ngai/so-tttt\".")
            .Argument<IdGraphType>("id", "The agency's global ID.")
            .Argument<StringGraphType>("code", "The agency's code, e.g. quang-ngai/so-tttt.")
            .ResolveAsync(async c =>
            {
                if (c.GetArgument<string?>("id") is { } id)
                {
                    return await NodeResolver.FindAsync(c.Db(), id, "id", "Agency", c.CancellationToken);
                }

                return c.GetArgument<string?>("code") is { } code
                    ? await c.Db().Agencies.FirstOrDefaultAsync(a => a.Code == code.Trim().ToLowerInvariant(), c.CancellationToken)
                    : throw new PlanDataError("MISSING_ARGUMENT", "Give `id` or `code`.");
            });
    }
}
