using PlanData.Agencies;
using PlanData.Querying;

namespace PlanData.Api.Jurisdictions;

public sealed class JurisdictionsConnectionType() : ConnectionType<JurisdictionType, JurisdictionsEdgeType, Jurisdiction>("jurisdictions");

public sealed class JurisdictionsEdgeType() : EdgeType<JurisdictionType, Jurisdiction>("jurisdictions");
