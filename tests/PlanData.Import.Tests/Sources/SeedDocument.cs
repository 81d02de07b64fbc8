namespace PlanData.Import.Tests.Sources;

internal static class SeedDocument
{
    public static string[] Lines(string fileName) =>
        File.ReadAllText(Path.Combine(FindSeed(), "documents", fileName)).Split('\n');

    private static string FindSeed()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "api.sln")))
            {
                return Path.Combine(directory.FullName, "seed");
            }
        }

        throw new InvalidOperationException("api.sln not found above " + AppContext.BaseDirectory);
    }
}
