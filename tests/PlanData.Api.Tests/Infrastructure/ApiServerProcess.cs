using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanData.Api.Tests.Infrastructure;

/// <summary>
/// The built PlanData.Api.dll in a process of its own, as an operator runs it: `dotnet exec`, Production
/// environment, settings as environment variables, a temp folder of its own as working directory (and
/// for its database, unless the test names one). Either a server that answers on a port the system
/// picks (<see cref="StartAsync"/>), with what the hostile run measures of it, or a run to its end
/// (<see cref="RunToExitAsync"/>) for its exit code and streams.
/// </summary>
public sealed partial class ApiServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan _stopTimeout = TimeSpan.FromSeconds(10);

    private readonly ApiServerSettings _settings;
    private readonly bool _ownsDatabase;
    private readonly IReadOnlyList<string> _arguments;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"api-{Guid.NewGuid():N}");
    private readonly ProcessOutput _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;
    private int? _exitCode;

    private ApiServerProcess(ApiServerSettings settings, IReadOnlyList<string> arguments)
    {
        _settings = settings;
        _arguments = arguments;
        DatabasePath = settings.DatabasePath ?? Path.Combine(_directory, "plan-data.sqlite");
        _ownsDatabase = settings.DatabasePath is null;
        _output.Line += line =>
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                _listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
            }
        };
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The GraphQL endpoint, e.g. http://127.0.0.1:40123/graphql.</summary>
    public string GraphQLUrl => new Uri(BaseAddress, "graphql").ToString();

    public string DatabasePath { get; }

    public bool HasExited => _process is null || _process.HasExited;

    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : _exitCode;

    /// <summary>For what /proc tells of the server (dotnet exec runs the API in this very process).</summary>
    public int ProcessId => Running().Id;

    /// <summary>The command line, the chosen settings and what the server printed (its start and its end), for failure messages.</summary>
    public string Log
    {
        get
        {
            var settings = string.Join(' ', _settings.Environment.Select(s => $"{s.Key}={s.Value}"));
            var state = HasExited ? $"exited (code {ExitCode?.ToString() ?? "unknown"})" : "running";
            return $"$ dotnet exec {ApiBuildOutput.AssemblyPath} {string.Join(' ', _arguments)} ({settings}; Database__Path={DatabasePath}; working directory {_directory}), {state}\n{_output.Abridged(head: 2_000, tail: 10_000)}";
        }
    }

    /// <summary>Starts the server and returns once it answers <c>{ __typename }</c> (the first start builds the database from the seed).</summary>
    public static async Task<ApiServerProcess> StartAsync(ApiServerSettings settings)
    {
        // Port 0 on the command line (it outranks any URL in the environment or appsettings.json): the
        // system picks a free port and Kestrel holds it from then on, read back from its log.
        var server = new ApiServerProcess(settings, [.. settings.Arguments, "--urls", "http://127.0.0.1:0"]);
        try
        {
            var deadline = DateTime.UtcNow + _startTimeout;
            server.Launch(raiseExited: true, testDatabase: true);
            server.BaseAddress = await server._listening.Task.WaitAsync(_startTimeout);
            if (await server.AnswersBeforeAsync(deadline))
            {
                return server;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"The API did not start listening within {_startTimeout.TotalSeconds} s.\n{server.Log}", e);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"The API did not answer POST {server.GraphQLUrl} {{ __typename }} within {_startTimeout.TotalSeconds} s.\n{server.Log}");
    }

    /// <summary>Runs the API (a command, or a start that is to fail) until it exits; stopped and reported when it outlasts <paramref name="timeout"/>.</summary>
    public static async Task<ApiProcessResult> RunToExitAsync(ApiServerSettings settings, TimeSpan timeout)
    {
        await using var run = new ApiServerProcess(settings, settings.Arguments);
        var process = run.Launch(raiseExited: false, testDatabase: false);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            // Returns once both streams are read to their end, too.
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            await run.DisposeAsync();
            throw new TimeoutException($"dotnet exec PlanData.Api.dll {string.Join(' ', settings.Arguments)} did not exit within {timeout.TotalSeconds} s.\n{run._output.Standard}\n{run._output.Errors}");
        }

        return new ApiProcessResult(process.ExitCode, run._output.Standard, run._output.Errors);
    }

    /// <summary>The smallest query, answered as it should be.</summary>
    public static async Task<bool> AnswersTypenameAsync(HttpClient http)
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"__typename\":\"Query\"", StringComparison.Ordinal);
    }

    /// <summary>What the server printed about its end: a stack overflow's first frames, else its last lines.</summary>
    public string Excerpt()
    {
        const int length = 2_000;
        var printed = _output.All;
        var overflow = printed.IndexOf("Stack overflow.", StringComparison.Ordinal);
        var start = overflow >= 0 ? overflow : Math.Max(0, printed.Length - length);
        return printed.Substring(start, Math.Min(length, printed.Length - start));
    }

    /// <returns>Whether the server has exited within <paramref name="wait"/>.</returns>
    public async Task<bool> WaitForExitAsync(TimeSpan wait)
    {
        if (_process is null)
        {
            return true;
        }

        using var timeout = new CancellationTokenSource(wait);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Still running.
        }

        return _process.HasExited;
    }

    /// <summary>VmRSS from /proc/&lt;pid&gt;/status: the memory the process holds, whatever the GC counts.</summary>
    public long ResidentBytes()
    {
        var process = Running();
        if (process.HasExited)
        {
            return 0;
        }

        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            process.Refresh();
            return process.WorkingSet64;
        }

        // A process that has exited but is not reaped yet has a status without VmRSS.
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
    }

    /// <summary>The CPU time the server has used so far (a request it is still working on keeps it rising).</summary>
    public TimeSpan ProcessorTime()
    {
        var process = Running();
        process.Refresh();
        return process.HasExited ? TimeSpan.Zero : process.TotalProcessorTime;
    }

    /// <summary>Changes whenever any row does (the file's SHA-256 on SQLite).</summary>
    public string DatabaseSha256() => TestDatabase.Fingerprint(DatabasePath);

    /// <summary>Stops the server, whatever it is doing, and removes its folder; safe to call again.</summary>
    public async ValueTask DisposeAsync()
    {
        Stop();
        await Task.Yield();
        try
        {
            if (_ownsDatabase)
            {
                TestDatabase.Delete(DatabasePath);
            }

            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }

    /// <param name="testDatabase">Serve the test run's database (PostgreSQL in its pass); else only Database__Path is set, and the settings say the rest.</param>
    private Process Launch(bool raiseExited, bool testDatabase)
    {
        Directory.CreateDirectory(_directory);
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = _directory,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(ApiBuildOutput.AssemblyPath);
        foreach (var argument in _arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        startInfo.Environment["Database__Path"] = DatabasePath;
        foreach (var (name, value) in testDatabase ? TestDatabase.Environment(DatabasePath) : [])
        {
            startInfo.Environment[name] = value;
        }

        foreach (var (name, value) in _settings.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = raiseExited };
        _output.Capture(process);
        if (raiseExited)
        {
            process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The API exited before it listened."));
        }

        _process = process;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls the endpoint with the smallest query until it answers, the process dies or time runs out.</summary>
    private async Task<bool> AnswersBeforeAsync(DateTime deadline)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (DateTime.UtcNow < deadline && !HasExited)
        {
            try
            {
                if (await AnswersTypenameAsync(http))
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Listening, but not serving yet.
            }

            await Task.Delay(100);
        }

        return false;
    }

    private Process Running() => _process ?? throw new InvalidOperationException("The server is not running.");

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

            _process.WaitForExit(_stopTimeout);
            _exitCode = _process.HasExited ? _process.ExitCode : null;
        }
        catch (InvalidOperationException)
        {
            // Never started, or exited between the check and the kill.
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>The dotnet host running these tests (set by the SDK), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    // Plain or JSON console logs alike: "Now listening on: http://127.0.0.1:40123".
    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
