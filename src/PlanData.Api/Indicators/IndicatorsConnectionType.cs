using PlanData.Indicators;
using PlanData.Querying;

namespace PlanData.Api.Indicators;

public sealed class IndicatorsConnectionType() : ConnectionType<IndicatorType, IndicatorsEdgeType, Indicator>("indicators");

public sealed class IndicatorsEdgeType() : EdgeType<IndicatorType, Indicator>("indicators");
