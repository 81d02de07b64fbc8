using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.GraphQL;
using PlanData.Documents;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public static class PlanQueries
{
    public static void AddPlanFields(this ObjectGraphType query)
    {
        query.Connection<PlansConnectionType, Plan>("plans", "Plan", c => c.Db().Plans, PlanOrders.Plans)
            .Description("Plans (Kế hoạch) that have been imported with their full content.");
        query.AddLookup<PlanType>("plan", "Plan", "number", "The plan's document number, e.g. 04/KH-BCĐ.", async (db, number, ct) =>
                await db.Plans.Where(p => p.Document!.NumberKey == DocumentNumbers.LookupKey(number)).OrderByDescending(p => p.IssuedOn).FirstOrDefaultAsync(ct))
            .Description("One plan, by global ID or by its document number as printed, e.g. \"04/KH-BCĐ\".\nLookup by number ignores case, spacing and Vietnamese diacritics (\"04/kh-bcd\" works).");
        query.Connection<PlanItemsConnectionType, PlanItem>("planItems", "PlanItem", c => c.Db().PlanItems, PlanOrders.Items, asOf: true)
            .Description("Items of every plan (section \"II. NỘI DUNG\" of a plan). `asOf` fixes the date\nagainst which `status` is computed (default: today in Asia/Ho_Chi_Minh).");
    }
}
