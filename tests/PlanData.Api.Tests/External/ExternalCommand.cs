using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PlanData.Api.Tests.External;

/// <summary>Runs an outside program (bash, node, npm) to its end or to a deadline, keeping what it prints.</summary>
public static class ExternalCommand
{
    public static async Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));
        var output = new StringBuilder();
        var errors = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(errors, e.Data);

        var stopwatch = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"`{commandLine}` could not start: {e.Message}. Is {program} installed and on PATH?", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var timedOut = false;
        using (var deadline = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                // The scripts start node and Chromium: a stuck run must not leave them behind.
                timedOut = true;
                process.Kill(entireProcessTree: true);

                // Bounded: an orphan outside the tree may still hold the pipes open.
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }

        return new CommandResult(commandLine, timedOut ? -1 : process.ExitCode, timedOut, stopwatch.Elapsed, Read(output), Read(errors));
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''")}'";
}
