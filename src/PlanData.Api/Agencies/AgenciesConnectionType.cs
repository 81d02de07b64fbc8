using PlanData.Agencies;
using PlanData.Api.GraphQL;

namespace PlanData.Api.Agencies;

public sealed class AgenciesConnectionType() : ConnectionType<AgencyType, AgenciesEdgeType, Agency>("agencies");

public sealed class AgenciesEdgeType() : EdgeType<AgencyType, Agency>("agencies");
