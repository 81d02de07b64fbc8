namespace PlanData.Api.GraphQL.Data;

/// <summary>Request values that computed fields depend on (status is computed against asOf).</summary>
public sealed record DataScope(DateOnly AsOf);
