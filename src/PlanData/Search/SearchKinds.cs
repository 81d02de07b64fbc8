namespace PlanData.Search;

/// <summary>What a search hit is: the GraphQL type name of the entity it returns.</summary>
public static class SearchKinds
{
    public const string Plan = "Plan";
    public const string PlanItem = "PlanItem";
    public const string Agency = "Agency";
    public const string Indicator = "Indicator";
    public const string LegalDocument = "LegalDocument";

    public static IReadOnlyList<string> All { get; } = [Agency, Indicator, LegalDocument, Plan, PlanItem];
}
