namespace PlanData.Api.Transport;

/// <summary>Configuration section "GraphQL": limits of the HTTP transport.</summary>
public sealed class TransportOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest POST body accepted; a larger one is refused with 413 before it is read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
