using System.Text.Json;

namespace PlanData.Import.Tests.Citations;

/// <summary>The seed's hand-curated references, which the reader must reproduce.</summary>
internal static class CitationSeed
{
    public static JsonElement References { get; } = Load();

    private static JsonElement Load()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "seed", "expected", "quang-ngai-04-KH-BCD-2022.json");
            if (File.Exists(path))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                return document.RootElement.GetProperty("plan").GetProperty("references").Clone();
            }
        }

        throw new InvalidOperationException("seed/expected/quang-ngai-04-KH-BCD-2022.json not found above the test binaries.");
    }
}
