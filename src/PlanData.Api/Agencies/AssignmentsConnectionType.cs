using PlanData.Api.Plans;
using PlanData.Plans;
using PlanData.Querying;

namespace PlanData.Api.Agencies;

public sealed class AssignmentsConnectionType() : ConnectionType<AssignmentType, AssignmentsEdgeType, Assignment>("assignments");

public sealed class AssignmentsEdgeType() : EdgeType<AssignmentType, Assignment>("assignments");
