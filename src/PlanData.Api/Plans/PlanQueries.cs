using GraphQL;
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
        PageRequest.PagingArguments(query.Field<PlansConnectionType>("plans"))
            .Description("Plans (Kế hoạch) that have been imported with their full content.")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().Plans, PlanOrders.Plans, PageRequest.From(c), c.CancellationToken));
        query.AddLookup<PlanType>("plan", "Plan", "number", "The plan's document number, e.g. 04/KH-BCĐ.", async (db, number, ct) =>
                await db.Plans.Where(p => p.Document!.NumberKey == DocumentNumbers.LookupKey(number)).OrderByDescending(p => p.IssuedOn).FirstOrDefaultAsync(ct))
            .Description("One plan, by global ID or by its document number as printed, e.g. \"04/KH-BCĐ\".\nLookup by number ignores case, spacing and Vietnamese diacritics (\"04/kh-bcd\" works).");
        PageRequest.PagingArguments(query.Field<PlanItemsConnectionType>("planItems"))
            .Description("Items of every plan (section \"II. NỘI DUNG\" of a plan). `asOf` fixes the date\nagainst which `status` is computed (default: today in Asia/Ho_Chi_Minh).")
            .Argument<DateScalar>("asOf", "The date statuses are computed against (default: today in Asia/Ho_Chi_Minh).")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().PlanItems, PlanOrders.Items, PageRequest.From(c), c.CancellationToken));
    }
}
