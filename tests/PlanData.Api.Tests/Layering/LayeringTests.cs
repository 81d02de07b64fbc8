using System.Text.RegularExpressions;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Querying;

namespace PlanData.Api.Tests.Layering;

/// <summary>
/// The dependencies run one way: the query machinery knows no feature, and on the HTTP side each layer imports only the
/// layers below it (Http at the bottom, the composition of the schema at the top).
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>Each folder of the host's HTTP side with the folders it may import.</summary>
    public static TheoryData<string, string[]> Layers => new()
    {
        { "Http", [] },
        { "Authentication", ["Http"] },
        { "Caching", ["Http", "Storage"] },
        { "Limits", ["Http", "Storage"] },
        { "RateLimiting", ["Http", "Authentication"] },
        { "TrustedOperations", ["Http", "Caching"] },
        { "Transport", ["Http", "Authentication", "Caching", "Limits", "RateLimiting", "TrustedOperations", "Storage"] },
        { "Storage", [] },
        { "Nodes", ["Storage"] },
        { "Sdl", ["Http", "Limits"] },
    };

    [Fact]
    public void The_query_machinery_references_no_project_but_the_text_rules()
    {
        var ours = typeof(ConnectionFields).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("PlanData", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["PlanData.Text"], ours);
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_layer_imports_only_the_layers_below_it(string folder, string[] below)
    {
        var imported = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "PlanData.Api", folder), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ApiImport().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Folder: m.Groups[1].Value)))
            .Where(i => i.Folder != folder && !below.Contains(i.Folder))
            .Select(i => $"{i.File} imports {i.Folder}")
            .ToList();

        Assert.Empty(imported);
    }

    [GeneratedRegex(@"^using PlanData\.Api\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex ApiImport();
}
