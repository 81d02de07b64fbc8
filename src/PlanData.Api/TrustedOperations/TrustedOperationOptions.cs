namespace PlanData.Api.TrustedOperations;

/// <summary>Configuration section "GraphQL": which documents the API runs.</summary>
public sealed class TrustedOperationOptions
{
    public const string Section = "GraphQL";

    /// <summary>When true, only trusted operations run; any other document is refused with HC0067.</summary>
    public bool OnlyTrustedOperations { get; set; }
}
