using PlanData.Agencies;
using PlanData.Querying;

namespace PlanData.Api.Agencies;

public sealed class AgenciesConnectionType() : ConnectionType<AgencyType, AgenciesEdgeType, Agency>("agencies");

public sealed class AgenciesEdgeType() : EdgeType<AgencyType, Agency>("agencies");
