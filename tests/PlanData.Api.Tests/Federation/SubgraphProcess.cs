using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Text;
using PlanData.Api.Tests.External;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Federation;

/// <summary>
/// The built PlanData.Api.dll in its own process as a Federation subgraph (GraphQL__Federation__Enabled),
/// as an operator runs it: Production, its own database file built from the seed. Kestrel binds a port
/// the system picks, read back from the "Now listening on" line, so no other process can take it first.
/// </summary>
public sealed partial class SubgraphProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"subgraph-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Process _process;

    private SubgraphProcess()
    {
        Directory.CreateDirectory(_directory);
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = _directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(new RealServer().ApiAssemblyPath);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add("http://127.0.0.1:0");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in TestDatabase.Environment(Path.Combine(_directory, "plan-data.sqlite")))
        {
            startInfo.Environment[key] = value;
        }

        startInfo.Environment["GraphQL__Federation__Enabled"] = "true";

        _process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The API exited before it listened."));
    }

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql.</summary>
    public string GraphQLUrl { get; private set; } = "";

    /// <summary>Everything the API printed, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_output)
            {
                return $"$ dotnet exec PlanData.Api.dll --urls http://127.0.0.1:0 (GraphQL__Federation__Enabled=true, in {_directory})\n{_output}";
            }
        }
    }

    public static async Task<SubgraphProcess> StartAsync()
    {
        var api = new SubgraphProcess();
        try
        {
            api._process.Start();
            api._process.BeginOutputReadLine();
            api._process.BeginErrorReadLine();
            var root = await api._listening.Task.WaitAsync(StartTimeout);
            api.GraphQLUrl = root.TrimEnd('/') + "/graphql";
            return api;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            await api.DisposeAsync();
            throw new InvalidOperationException($"The API did not start listening within {StartTimeout.TotalSeconds} s.\n{api.Log}", e);
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Never started, or exited between the check and the kill.
        }

        _process.Dispose();
        try
        {
            TestDatabase.Delete(Path.Combine(_directory, "plan-data.sqlite"));
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }

        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(match.Groups["url"].Value);
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    // Plain or JSON console logs alike: "Now listening on: http://127.0.0.1:40123".
    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
