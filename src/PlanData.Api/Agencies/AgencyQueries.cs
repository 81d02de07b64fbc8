using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Nodes;
using PlanData.Api.Storage;
using PlanData.Api.Jurisdictions;
using PlanData.Querying;

namespace PlanData.Api.Agencies;

public static class AgencyQueries
{
    public static void AddAgencyFields(this ObjectGraphType query)
    {
        query.Connection<AgenciesConnectionType, PlanData.Agencies.Agency>("agencies", "Agency", c => c.Db().Agencies, AgencyOrders.Agencies)
            .Description("Agencies in the registry and those that imported documents name.");
        query.AddLookup<AgencyType>("agency", "Agency", "code", "The agency's code, e.g. quang-ngai/so-tttt.", async (db, code, ct) =>
                await db.Agencies.FirstOrDefaultAsync(a => a.Code == JurisdictionCodes.LookupKey(code), ct))
            .Description("One agency, by global ID or by its stable code, e.g. \"quang-ngai/so-tttt\".\nLookup by code ignores case, spacing and Vietnamese diacritics (\"Quảng-Ngãi/Sở-TTTT\" works).");
    }
}
