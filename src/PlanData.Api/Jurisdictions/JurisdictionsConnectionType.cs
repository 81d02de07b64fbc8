using PlanData.Agencies;
using PlanData.Api.GraphQL;

namespace PlanData.Api.Jurisdictions;

public sealed class JurisdictionsConnectionType() : ConnectionType<JurisdictionType, JurisdictionsEdgeType, Jurisdiction>("jurisdictions");

public sealed class JurisdictionsEdgeType() : EdgeType<JurisdictionType, Jurisdiction>("jurisdictions");
