using PlanData.Testing;

namespace PlanData.Api.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Seed => RepositoryRoot.Seed;
}
