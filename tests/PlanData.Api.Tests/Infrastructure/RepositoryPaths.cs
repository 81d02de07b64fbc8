namespace PlanData.Api.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The checkout's root: the folder that holds api.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

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
