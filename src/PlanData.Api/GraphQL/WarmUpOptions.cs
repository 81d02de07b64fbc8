using PlanData.Querying;

namespace PlanData.Api.GraphQL;

/// <summary>Configuration section "GraphQL:WarmUp": a query run in the background once the server listens.</summary>
public sealed class WarmUpOptions
{
    public const string Section = "GraphQL:WarmUp";

    public bool Enabled { get; set; } = true;
}
