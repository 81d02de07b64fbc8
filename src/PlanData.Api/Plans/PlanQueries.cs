using GraphQL.Types;
using PlanData.Api.Storage;
using PlanData.Api.Documents;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public static class PlanQueries
{
    private static readonly Numbered<Plan> _numbered = new("Plan", p => p.Key, p => p.Document!.NumberKey, p => p.Number, p => p.JurisdictionCode, p => p.Year, p => p.IssuedOn, p => p.Title);

    public static void AddPlanFields(this ObjectGraphType query)
    {
        query.Connection<PlansConnectionType, Plan>("plans", "Plan", c => c.Db().Plans, PlanOrders.Plans)
            .Description("Plans (Kế hoạch) that have been imported with their full content.");
        query.AddNumberLookup<PlanType, Plan>("plan", "plans", "The plan's document number, e.g. 04/KH-BCĐ.", _numbered, db => db.Plans)
            .Description("One plan, by global ID or by its document number as printed, e.g. \"04/KH-BCĐ\".\n" +
                "Lookup by number ignores case, spacing and Vietnamese diacritics (\"04/kh-bcd\" works). A number repeats across\n" +
                "provinces and years: when more than one plan has it (narrowed by `jurisdiction` and `year` when given), the answer is null\n" +
                "with the error AMBIGUOUS_NUMBER, whose `extensions.candidates` list them (at most 20, by jurisdiction and year).");
        query.Connection<PlanItemsConnectionType, PlanItem>("planItems", "PlanItem", c => c.Db().PlanItems, PlanOrders.Items, AsOf.Argument)
            .Description("Items of every plan (section \"II. NỘI DUNG\" of a plan). `asOf` fixes the date\nagainst which `status` is computed (default: today in Asia/Ho_Chi_Minh).");
    }
}
