namespace PlanData.Api.Tests.HostileInput;

/// <summary>Every hostile request, by name: what the theory lists and what the run sends.</summary>
public static class HostileCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, HostileCase>> _byName = new(() =>
    {
        var all = BodyCases.All().Concat(DocumentCases.All()).Concat(VariableCases.All()).Concat(HttpCases.All()).Concat(InjectionCases.All()).ToList();
        var twice = all.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return twice.Count == 0 ? all.ToDictionary(c => c.Name) : throw new InvalidOperationException($"Two cases share a name: {string.Join(", ", twice)}");
    });

    public static IReadOnlyDictionary<string, HostileCase> ByName => _byName.Value;

    public static TheoryData<string> Names => [.. ByName.Keys];
}
