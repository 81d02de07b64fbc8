using PlanData.Querying;

namespace PlanData.Api.TrustedOperations;

/// <summary>Hot Chocolate's errors for persisted operations (see CONVENTIONS.md).</summary>
public static class TrustedOperationErrors
{
    /// <summary>The message is the one Apollo's automatic persisted queries define; clients look for it.</summary>
    public static PlanDataError NotFound() => new("HC0020", "PersistedQueryNotFound");

    public static PlanDataError OnlyTrustedOperationsAllowed() =>
        new("HC0067", "Only trusted operations are allowed: send the `id` of a trusted operation instead of a query document.");

    public static PlanDataError IdDoesNotMatchQuery() =>
        new("HC0009", "The `id` is not the SHA-256 hash of the `query` sent with it: send one or the other.");
}
