using GraphQL;
using GraphQL.Types;
using PlanData.Api.Nodes;
using PlanData.Api.Storage;
using PlanData.Api.Agencies;
using PlanData.Api.Documents;
using PlanData.Api.Indicators;
using PlanData.Api.Jurisdictions;
using PlanData.Api.Plans;
using PlanData.Api.Search;
using PlanData.Api.Statistics;
using PlanData.Querying;

namespace PlanData.Api.GraphQL;

/// <summary>The root query type; each feature adds its fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "The plan-data API: read-only access to provincial plans, their items, agencies, indicators and documents.";
        Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID; null when no object has that ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID, as returned in any `id` field.")
            .ResolveAsync(async c => await NodeResolver.FindAsync(c.Db(), c.GetArgument<string>("id"), "id", null, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches objects by their global IDs, in request order (null for unknown IDs); at most {NodeResolver.MaxBatch} IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Global IDs, at most {NodeResolver.MaxBatch}.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > NodeResolver.MaxBatch)
                {
                    throw new PlanDataError("HC0076", $"The maximum number of nodes that can be fetched at once is {NodeResolver.MaxBatch}.")
                        .With("requestedNodes", ids.Count)
                        .With("maxAllowedNodes", NodeResolver.MaxBatch);
                }

                return await NodeResolver.FindAllAsync(c.Db(), ids, "ids", null, c.CancellationToken);
            });
        this.AddPlanFields();
        this.AddAgencyFields();
        this.AddJurisdictionFields();
        this.AddIndicatorFields();
        this.AddDocumentFields();
        this.AddSearchFields();
        this.AddStatisticsFields();
    }
}
