using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PlanData.Api.Documents;
using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public static class PlanQueries
{
    public static void AddPlanFields(this ObjectGraphType query)
    {
        PageRequest.PagingArguments(query.Field<PlansConnectionType>("plans"))
            .Description("Plans (Kế hoạch) that have been imported with their full content.")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().Plans, PlanOrders.Plans, PageRequest.From(c), c.CancellationToken));
        query.Field<PlanType>("plan")
            .Description("One plan, by global ID or by its document number as printed, e.g. \"04/KH-BCĐ\".\nLookup by number ignores case, spacing and Vietnamese diacritics (\"04/kh-bcd\" works).")
            .Argument<IdGraphType>("id", "The plan's global ID.")
            .Argument<StringGraphType>("number", "The plan's document number, e.g. 04/KH-BCĐ.")
            .ResolveAsync(async c =>
            {
                if (c.GetArgument<string?>("id") is { } id)
                {
                    return await NodeResolver.FindAsync(c.Db(), id, "id", "Plan", c.CancellationToken);
                }

                return c.GetArgument<string?>("number") is { } number
                    ? await c.Db().Plans.Where(p => p.Number == DocumentNumbers.Tidy(number)).OrderBy(p => p.IssuedOn).FirstOrDefaultAsync(c.CancellationToken)
                    : throw new PlanDataError("MISSING_ARGUMENT", "Give `id` or `number`.");
            });
        PageRequest.PagingArguments(query.Field<PlanItemsConnectionType>("planItems"))
            .Description("Items of every plan (section \"II. NỘI DUNG\" of a plan). `asOf` fixes the date\nagainst which `status` is computed (default: today in Asia/Ho_Chi_Minh).")
            .Argument<DateScalar>("asOf", "The date statuses are computed against (default: today in Asia/Ho_Chi_Minh).")
            .ResolveAsync(async c => await Pager.PageAsync(c.Db().PlanItems, PlanOrders.Items, PageRequest.From(c), c.CancellationToken));
    }
}
