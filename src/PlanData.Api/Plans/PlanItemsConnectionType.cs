using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public sealed class PlanItemsConnectionType() : ConnectionType<PlanItemType, PlanItemsEdgeType, PlanItem>("planItems");

public sealed class PlanItemsEdgeType() : EdgeType<PlanItemType, PlanItem>("planItems");
