namespace PlanData.Api.Ide;

/// <summary>Configuration section "GraphQL:Ide".</summary>
public sealed class IdeOptions
{
    public const string Section = "GraphQL:Ide";

    /// <summary>
    /// Serve Banana Cake Pop to browsers at the GraphQL path. When false there are no IDE routes:
    /// a browser's GET /graphql is an ordinary GraphQL GET request (without a query, an error).
    /// </summary>
    public bool Enabled { get; set; } = true;
}
