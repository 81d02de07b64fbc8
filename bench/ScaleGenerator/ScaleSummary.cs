namespace PlanData.Bench;

/// <summary>What the generator wrote, printed as one JSON line like the peers' make-db.mjs.</summary>
public sealed record ScaleSummary(
    string Out,
    int Scale,
    int Plans,
    int PlanItems,
    int Agencies,
    int Assignments,
    int Indicators,
    long Bytes,
    string SearchIndex,
    long Ms);
