using PlanData.Testing;

namespace PlanData.Import.Tests.Sources;

internal static class SeedDocument
{
    public static string[] Lines(string fileName) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Seed, "documents", fileName)).Split('\n');
}
