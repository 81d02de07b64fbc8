using GraphQL;
using GraphQL.Types;
using PlanData.Api.Storage;
using PlanData.Api.Plans;
using PlanData.Plans;
using PlanData.Querying;
using PlanData.Querying.Data;
using PlanData.Querying.Filtering;

namespace PlanData.Api.Statistics;

public static class StatisticsQueries
{
    public static void AddStatisticsFields(this ObjectGraphType query)
    {
        var field = query.Field<NonNullGraphType<PlanItemStatisticsType>>("planItemStatistics")
            .Description("Counts for dashboards and operations-centre widgets over the items that\n`where` selects, with statuses computed as of `asOf`.")
            .Resolve(c =>
            {
                var asOf = AsOf.For(c);
                var where = new FilterTranslator(c.Schema, new DataScope(new StatusDate(asOf)), c.QueryDatabase().OrdinalLike).Where<PlanItem>("PlanItem", c.GetArgument<object?>("where"));
                var items = c.Db().PlanItems.AsQueryable();
                return new PlanItemStatistics(where is null ? items : items.Where(where), asOf);
            });
        (field.FieldType.Arguments ??= []).Add(new QueryArgument(new GraphQLTypeReference(FilterTypeNames.Object("PlanItem"))) { Name = "where", Description = "The same filter as `planItems`; no filter counts every item." });
        field.Argument<DateScalar>("asOf", "The date statuses are computed against (default: today in Asia/Ho_Chi_Minh).");
    }
}
