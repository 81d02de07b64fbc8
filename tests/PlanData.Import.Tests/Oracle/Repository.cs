using PlanData.Seeding;

namespace PlanData.Import.Tests.Oracle;

/// <summary>Paths of the checkout the tests run from, and the agency registry they import against.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    public static string Fixtures => Path.Combine(Root, "tests", "PlanData.Import.Tests", "Fixtures");

    public static AgencyRegistryFile Registry { get; } = SeedJson.Read<AgencyRegistryFile>(Path.Combine(Root, "seed", "agencies.json"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("api.sln not found above " + AppContext.BaseDirectory);
    }
}
