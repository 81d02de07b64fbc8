using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PlanData.Import.Sources;

/// <summary>One run of an external program: its exit code and what it wrote, or an <see cref="ImportException"/> when it could not start or ran too long.</summary>
public sealed record ExternalToolRun(int ExitCode, string Output, string Errors)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    /// <param name="fileName">The document being imported, for the error message.</param>
    /// <param name="what">What the run does, for the error message ("OCR of page 3").</param>
    public static ExternalToolRun Start(string program, IEnumerable<string> arguments, TimeSpan timeout, string fileName, string what, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ImportException(fileName, null, $"could not start {program} for {what} ({e.Message})");
        }

        // No program here reads its input; closing it stops one that would wait for an answer.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new ImportException(fileName, null, $"{what} took longer than {timeout.TotalSeconds:0} seconds and was stopped; the file may be damaged or too large to read here");
        }

        // The exit is seen before the pipes are drained; a child the program left running may hold them open.
        process.WaitForExit();
        if (!Task.WaitAll([output, errors], DrainTimeout))
        {
            throw new ImportException(fileName, null, $"{what} finished but left a process running that did not end; the file could not be read");
        }

        return new ExternalToolRun(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    /// <summary>The last non-empty line the program wrote to its error stream, for a message (tools put their reason last).</summary>
    public string LastError =>
        Errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? $"exit code {ExitCode}";
}
