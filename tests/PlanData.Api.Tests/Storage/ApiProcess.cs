using System.Diagnostics;
using System.Text;
using PlanData.Api.Tests.External;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// The built PlanData.Api.dll run once the way an operator runs it (<c>dotnet exec</c>, Production
/// environment, settings from the environment), until it exits; what it printed is kept apart.
/// </summary>
public static class ApiProcess
{
    private static readonly Lazy<string> _assembly = new(() => new RealServer().ApiAssemblyPath);

    public static async Task<ApiProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetTempPath(),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(_assembly.Value);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"dotnet exec PlanData.Api.dll {string.Join(' ', arguments)} did not exit within {timeout.TotalSeconds} s.\n{await output}\n{await errors}");
        }

        return new ApiProcessResult(process.ExitCode, await output, await errors);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

public sealed record ApiProcessResult(int ExitCode, string Output, string Errors)
{
    public IReadOnlyList<string> OutputLines => LinesOf(Output);

    public IReadOnlyList<string> ErrorLines => LinesOf(Errors);

    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";

    private static List<string> LinesOf(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)];
}
