using PlanData.Import.Sources;

namespace PlanData.Import.Tests.Sources.Ocr;

/// <summary>
/// A folder holding stand-ins for the external programs (shell scripts), and the environment
/// that makes the importer use them, so a test can make a tool fail or hang without touching
/// the process's environment.
/// </summary>
public sealed class FakeTool : IDisposable
{
    public FakeTool() => Root = Directory.CreateTempSubdirectory("plan-data-fake-tools-").FullName;

    public string Root { get; }

    /// <summary>The TMPDIR the importer's runs get: empty again after each run.</summary>
    public string TemporaryRoot => Directory.CreateDirectory(Path.Combine(Root, "tmp")).FullName;

    /// <summary>Writes an executable script named <paramref name="name"/> with the given body.</summary>
    public string Script(string name, string body)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>The process's environment with TMPDIR in this folder and the given variables set.</summary>
    public ExternalTools Tools(params (string Name, string Value)[] variables)
    {
        var temporary = TemporaryRoot;
        return new ExternalTools(name =>
            name == "TMPDIR" ? temporary : variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault() ?? Environment.GetEnvironmentVariable(name));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
