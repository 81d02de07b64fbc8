using PlanData.Api.GraphQL;
using PlanData.Api.Plans;
using PlanData.Plans;

namespace PlanData.Api.Agencies;

public sealed class AssignmentsConnectionType() : ConnectionType<AssignmentType, AssignmentsEdgeType, Assignment>("assignments");

public sealed class AssignmentsEdgeType() : EdgeType<AssignmentType, Assignment>("assignments");
