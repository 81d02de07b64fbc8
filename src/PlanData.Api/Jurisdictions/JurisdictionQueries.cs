using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Nodes;
using PlanData.Api.Storage;
using PlanData.Agencies;
using PlanData.Querying;

namespace PlanData.Api.Jurisdictions;

public static class JurisdictionQueries
{
    public static void AddJurisdictionFields(this ObjectGraphType query)
    {
        query.Connection<JurisdictionsConnectionType, Jurisdiction>("jurisdictions", "Jurisdiction", c => c.Db().Jurisdictions, JurisdictionOrders.Jurisdictions)
            .Description("Jurisdictions: the country, the 63 provincial units before 2025-07-01 (29 of them merged into the others), and the districts and communes that imported documents name.");
        query.AddLookup<JurisdictionType>("jurisdiction", "Jurisdiction", "code", "The jurisdiction's code, e.g. quang-ngai or quang-ngai/xa-tinh-tra.", async (db, code, ct) =>
                await db.Jurisdictions.FirstOrDefaultAsync(j => j.Code == JurisdictionCodes.LookupKey(code), ct))
            .Description("One jurisdiction, by global ID or by its stable code, e.g. \"kon-tum\".\nLookup by code ignores case, spacing and Vietnamese diacritics (\"Kon-Tum\" works).");
    }
}
