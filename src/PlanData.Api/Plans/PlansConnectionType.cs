using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Plans;

public sealed class PlansConnectionType() : ConnectionType<PlanType, PlansEdgeType, Plan>("plans");

public sealed class PlansEdgeType() : EdgeType<PlanType, Plan>("plans");
