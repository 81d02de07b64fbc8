namespace PlanData.Testing;

/// <summary>The checkout the tests run from (the folder holding api.sln), shared by every test project.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Seed => System.IO.Path.Combine(Path, "seed");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("api.sln not found above " + AppContext.BaseDirectory);
    }
}
