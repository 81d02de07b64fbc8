namespace PlanData.Api.Federation;

/// <summary>Configuration section "GraphQL:Federation": whether the API serves as an Apollo Federation v2 subgraph.</summary>
public sealed class FederationOptions
{
    public const string Section = "GraphQL:Federation";

    /// <summary>The Federation spec version the subgraph links (`@link(url: ".../federation/v2.3")`).</summary>
    public const string Version = "2.3";

    /// <summary>Adds `_service`, `_entities` and `@key(fields: "id")` on every Node type; off, the schema is unchanged.</summary>
    public bool Enabled { get; set; }
}
