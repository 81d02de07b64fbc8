using PlanData.Seeding;
using PlanData.Testing;

namespace PlanData.Import.Tests.Oracle;

/// <summary>Paths of the checkout the tests run from, and the agency registry they import against.</summary>
public static class Repository
{
    public static string Root => RepositoryRoot.Path;

    public static string Seed => RepositoryRoot.Seed;

    public static string Fixtures => Path.Combine(Root, "tests", "PlanData.Import.Tests", "Fixtures");

    public static AgencyRegistryFile Registry { get; } = AgencyRegistryFile.Load(RepositoryRoot.Seed);
}
