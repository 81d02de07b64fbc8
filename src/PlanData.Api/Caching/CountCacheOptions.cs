namespace PlanData.Api.Caching;

/// <summary>Configuration section "GraphQL:CountCache": totals of lists kept per data version.</summary>
public sealed class CountCacheOptions
{
    public const string Section = "GraphQL:CountCache";

    public bool Enabled { get; set; } = true;
}
