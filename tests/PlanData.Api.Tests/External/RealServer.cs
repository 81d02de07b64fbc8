using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.External;

/// <summary>
/// The API as a user runs it: the built PlanData.Api.dll in its own process, Production environment,
/// Kestrel on a free 127.0.0.1 port, its own database file built from the seed on first start.
/// Outside checks (node, bash, Chromium) talk to it over real TCP, which the in-process test server
/// cannot offer. Everything it prints is kept for failure messages.
/// </summary>
public sealed class RealServer : IAsyncLifetime
{
    private const string ApiAssemblyName = "PlanData.Api.dll";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"real-server-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private Process? _process;

    public int Port { get; private set; }

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql.</summary>
    public string GraphQLUrl => $"http://127.0.0.1:{Port}/graphql";

    public string ApiAssemblyPath { get; } = FindApiAssembly();

    /// <summary>
    /// The server's command line and what it printed: its start, and the end where the latest errors
    /// are (every failed request of an audit logs a stack trace, too much for one failure message).
    /// </summary>
    public string Log
    {
        get
        {
            string printed;
            lock (_output)
            {
                printed = _output.ToString();
            }

            const int head = 2_000, tail = 10_000;
            if (printed.Length > head + tail)
            {
                printed = $"{printed[..head]}\n... ({printed.Length - head - tail} characters left out) ...\n{printed[^tail..]}";
            }

            return $"$ dotnet exec {ApiAssemblyPath} --urls http://127.0.0.1:{Port} (working directory {_directory})\n{printed}";
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);

        // The free port is only free until the server binds it: another process may take it in between.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            _process = Start();
            if (await AnswersAsync(_process))
            {
                return;
            }

            var lostThePort = _process.HasExited && Log.Contains("address already in use", StringComparison.OrdinalIgnoreCase);
            Stop();
            if (!lostThePort || attempt == StartAttempts)
            {
                throw new InvalidOperationException($"The API did not answer POST {GraphQLUrl} {{ __typename }} within {StartTimeout.TotalSeconds} s.\n{Log}");
            }
        }
    }

    public Task DisposeAsync()
    {
        Stop();
        try
        {
            TestDatabase.Delete(Path.Combine(_directory, "plan-data.sqlite"));
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }

        return Task.CompletedTask;
    }

    private Process Start()
    {
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
        startInfo.ArgumentList.Add(ApiAssemblyPath);

        // On the command line: it outranks any URL in the environment or in appsettings.json.
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{Port}");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in TestDatabase.Environment(Path.Combine(_directory, "plan-data.sqlite")))
        {
            startInfo.Environment[key] = value;
        }


        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls the endpoint with the smallest query until it answers, the process dies or time runs out.</summary>
    private async Task<bool> AnswersAsync(Process process)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(GraphQLUrl, content);
                if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"__typename\""))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet (the first start builds the database from the seed).
            }

            await Task.Delay(100);
        }

        return false;
    }

    private void Stop()
    {
        if (_process is null)
        {
            return;
        }

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
            // Exited between the check and the kill.
        }

        _process.Dispose();
        _process = null;
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
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host running these tests (set by the SDK), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// The API's own build output (what `dotnet run` starts, with everything its build puts beside it),
    /// built by this test project's reference in the same configuration; the copy beside the test
    /// assembly only when another output layout moved it.
    /// </summary>
    private static string FindApiAssembly()
    {
        var testOutput = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var configuration = typeof(RealServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
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
