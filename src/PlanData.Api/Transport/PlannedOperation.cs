using GraphQL;
using PlanData.Api.Limits;

namespace PlanData.Api.Transport;

/// <summary>
/// Stage 3's result: the options the executor runs, the limits the run is held to (its timeout), and whether the document is
/// one that has passed validation before.
/// </summary>
public sealed record PlannedOperation(ExecutionOptions Options, RequestLimits Limits, bool WasValidated);
