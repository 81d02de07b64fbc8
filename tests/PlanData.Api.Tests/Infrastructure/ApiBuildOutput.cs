using System.Reflection;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>
/// The API's own build output (what `dotnet run` starts, with everything its build puts beside it),
/// built by this test project's reference in the same configuration; the copy beside the test
/// assembly only when another output layout moved it.
/// </summary>
public static class ApiBuildOutput
{
    private const string ApiAssemblyName = "PlanData.Api.dll";

    private static readonly Lazy<string> _assemblyPath = new(Find);

    public static string AssemblyPath => _assemblyPath.Value;

    private static string Find()
    {
        var testOutput = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var configuration = typeof(ApiBuildOutput).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = Path.GetFileName(testOutput);
        var own = Path.Combine(RepositoryPaths.Root, "src", "PlanData.Api", "bin", configuration, framework, ApiAssemblyName);
        if (File.Exists(own))
        {
            return own;
        }

        var copy = Path.Combine(testOutput, ApiAssemblyName);
        return File.Exists(copy) ? copy : throw new InvalidOperationException($"{ApiAssemblyName} is neither in {Path.GetDirectoryName(own)} nor beside the tests in {testOutput}: build api.sln first.");
    }
}
