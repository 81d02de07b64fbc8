namespace PlanData.Import.Sources;

/// <summary>
/// A program the importer runs for formats it cannot read itself (scans, old Word files): its
/// file name, what it is called in messages, the Debian packages that install it, the
/// environment variable that may point at it instead of PATH, and where Debian puts it when
/// PATH does not say (a service's PATH is often short).
/// </summary>
public sealed record ExternalTool(string FileName, string Title, IReadOnlyList<string> Packages, string OverrideVariable, IReadOnlyList<string> DebianFolders)
{
    /// <summary>The tool's path: the override variable's file, else the first match on PATH or in Debian's folders.</summary>
    /// <exception cref="ImportException">The tool is not installed (or the override points at nothing).</exception>
    public string Locate(string fileName, Func<string, string?> environment)
    {
        if (environment(OverrideVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw NotInstalled(fileName, $" ({OverrideVariable} is set to {configured}, which does not exist)");
        }

        var path = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var folder in path.Concat(DebianFolders))
        {
            var candidate = Path.Combine(folder, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw NotInstalled(fileName, "");
    }

    /// <summary>The one error an import gives when the tool (or a part of it, such as a language model) is missing.</summary>
    public ImportException NotInstalled(string fileName, string detail) =>
        new(fileName, null, $"reading this file needs {Title}, which is not installed{detail}. "
            + $"Install Debian's {string.Join(" and ", Packages)} {(Packages.Count == 1 ? "package" : "packages")} (apt-get install {string.Join(' ', Packages)}), "
            + $"or set {OverrideVariable} to the program's path.");
}
