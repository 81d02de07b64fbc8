using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.External;

/// <summary>The checks of the shared repository, which CI checks out beside this one (../shared).</summary>
public static class SharedTools
{
    public static string Root => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared"));

    /// <summary>The run.sh of tools/<paramref name="tool"/>; fails the test, saying where it looked, when it is missing.</summary>
    public static string RunScript(string tool)
    {
        var script = Path.Combine(Root, "tools", tool, "run.sh");
        Assert.True(File.Exists(script), $"{script} not found: the shared repository must be checked out beside this one ({Root}), as CI does.");
        return script;
    }
}
