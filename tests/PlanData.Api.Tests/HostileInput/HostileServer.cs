using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using PlanData.Api.Tests.External;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.HostileInput;

/// <summary>
/// The built API in a process of its own (as <see cref="RealServer"/> runs it: Production environment,
/// default settings, Kestrel on a free port, a database built from the seed), with settings of the
/// test's choosing, its process id for /proc, and its database file to hash.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(90);

    // RealServer finds the build output; constructing one starts nothing.
    private static readonly string _apiAssemblyPath = new RealServer().ApiAssemblyPath;

    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"hostile-server-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private Process? _process;

    private HostileServer(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
    }

    public int Port { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string DatabasePath => Path.Combine(_directory, "plan-data.sqlite");

    public bool HasExited => _process is null || _process.HasExited;

    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : null;

    /// <summary>The settings and the end of what the server printed (its latest errors), for failure messages.</summary>
    public string Log
    {
        get
        {
            string printed;
            lock (_output)
            {
                printed = _output.ToString();
            }

            const int tail = 8_000;
            var settings = string.Join(' ', _settings.Select(s => $"{s.Key}={s.Value}"));
            return $"server on port {Port} ({settings}), exited: {HasExited}\n{(printed.Length > tail ? "...\n" + printed[^tail..] : printed)}";
        }
    }

    /// <summary>What the server printed about its end: a stack overflow's first frames, else its last lines.</summary>
    public string Excerpt()
    {
        const int length = 2_000;
        string printed;
        lock (_output)
        {
            printed = _output.ToString();
        }

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

    /// <summary>Starts the server with these configuration settings (environment variables, e.g. RateLimiting__Enabled).</summary>
    public static async Task<HostileServer> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var server = new HostileServer(settings);
        await server.StartAsync();
        return server;
    }

    /// <summary>VmRSS from /proc/&lt;pid&gt;/status: the memory the process holds, whatever the GC counts.</summary>
    public long ResidentBytes()
    {
        var process = _process ?? throw new InvalidOperationException("The server is not running.");
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
        var process = _process ?? throw new InvalidOperationException("The server is not running.");
        process.Refresh();
        return process.HasExited ? TimeSpan.Zero : process.TotalProcessorTime;
    }

    public string DatabaseSha256()
    {
        return TestDatabase.Fingerprint(DatabasePath);
    }

    public async ValueTask DisposeAsync()
    {
        Stop();
        await Task.Yield();
        try
        {
            TestDatabase.Delete(DatabasePath);
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }

    private async Task StartAsync()
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
                throw new InvalidOperationException($"The API did not answer {{ __typename }} within {_startTimeout.TotalSeconds} s.\n{Log}");
            }
        }
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
        startInfo.ArgumentList.Add(_apiAssemblyPath);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add($"http://127.0.0.1:{Port}");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in TestDatabase.Environment(DatabasePath))
        {
            startInfo.Environment[key] = value;
        }

        foreach (var (key, value) in _settings)
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

    private async Task<bool> AnswersAsync(Process process)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + _startTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
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
                // Not listening yet (the first start builds the database from the seed).
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>The smallest query, answered as it should be.</summary>
    public static async Task<bool> AnswersTypenameAsync(HttpClient http)
    {
        using var content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/graphql", content);
        return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"__typename\":\"Query\"", StringComparison.Ordinal);
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

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
