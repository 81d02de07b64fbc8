using PlanData.Api.GraphQL;
using PlanData.Plans;

namespace PlanData.Api.Plans;

public sealed class PlansConnectionType() : ConnectionType<PlanType, PlansEdgeType, Plan>("plans");

public sealed class PlansEdgeType() : EdgeType<PlanType, Plan>("plans");
