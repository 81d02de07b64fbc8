using PlanData.Import.Sources;

namespace PlanData.Import.Tests.Sources.Pdf;

/// <summary>
/// The programs the document tests run to make their fixtures. A missing one fails the test with
/// what to do, never skips it: the test run installs them (tests/install-document-tools).
/// </summary>
public static class DocumentTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Require(string program)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            $"{program} is not installed, and the document tests need it: run tests/install-document-tools (as root or with sudo) first");
    }

    public static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{what} ({path}) is not installed, and the document tests need it: run tests/install-document-tools (as root or with sudo) first");
        }
    }

    /// <summary>Runs <paramref name="program"/> and fails when it does not exit with 0.</summary>
    public static void Run(string program, params string[] arguments)
    {
        var run = ExternalToolRun.Start(Require(program), arguments, Timeout, "test fixture", program);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with exit code {run.ExitCode}: {run.Errors}{run.Output}");
        }
    }

    /// <summary>LibreOffice converts <paramref name="input"/> into <paramref name="folder"/>, with a profile of its own.</summary>
    public static string Convert(string input, string filter, string extension, string folder)
    {
        var profile = new Uri(Path.Combine(folder, $"profile-{Guid.NewGuid():N}")).AbsoluteUri;
        Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", folder, input);
        var output = Path.Combine(folder, Path.GetFileNameWithoutExtension(input) + extension);
        return File.Exists(output) ? output : throw new InvalidOperationException($"LibreOffice did not write {output}");
    }
}
