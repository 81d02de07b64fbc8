namespace PlanData.Api.Limits;

/// <summary>Configuration section "GraphQL:Introspection".</summary>
public sealed class IntrospectionOptions
{
    public const string Section = "GraphQL:Introspection";

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are refused (HC0046) and the SDL is not served; <c>__typename</c> still works.</summary>
    public bool Enabled { get; set; } = true;
}
