using GraphQL;
using PlanData.Api.Limits;

namespace PlanData.Api.Transport;

/// <summary>Stage 3's result: the options the executor runs, and the limits the run is held to (its timeout).</summary>
public sealed record PlannedOperation(ExecutionOptions Options, RequestLimits Limits);
