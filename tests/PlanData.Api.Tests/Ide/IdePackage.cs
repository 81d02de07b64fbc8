using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Ide;

/// <summary>The npm package the build installs: what the API has to serve, file by file.</summary>
public static class IdePackage
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "src", "PlanData.Api", "Ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    /// <summary>The package's Node entry points and its documents: in the package, not part of the IDE in a browser.</summary>
    public static readonly string[] NotWebFiles = ["index.cjs", "index.mjs", "index.d.cts", "index.d.mts", "package.json", "README.md", "LICENSE"];

    /// <summary>Every file of the IDE, as the path below /graphql/.</summary>
    public static IEnumerable<string> WebFiles =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
            .Where(name => !NotWebFiles.Contains(name))
            .Order(StringComparer.Ordinal);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
