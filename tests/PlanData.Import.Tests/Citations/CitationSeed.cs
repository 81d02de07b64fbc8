using System.Text.Json;
using PlanData.Testing;

namespace PlanData.Import.Tests.Citations;

/// <summary>The seed's hand-curated references, which the reader must reproduce.</summary>
internal static class CitationSeed
{
    public static JsonElement References { get; } = Load();

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Seed, "expected", "quang-ngai-04-KH-BCD-2022.json")));
        return document.RootElement.GetProperty("plan").GetProperty("references").Clone();
    }
}
