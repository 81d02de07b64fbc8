using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using PlanData.Api.Operations;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// The API's console logger (<see cref="BatchedConsoleLoggerProvider"/>) writing into recorded streams,
/// with the console formatter and options a test sets up as the API does (AddJsonConsole, AddSimpleConsole),
/// and a scope provider as a logger factory gives it.
/// </summary>
public sealed class TestConsole : IDisposable
{
    private readonly ServiceProvider _services;

    public TestConsole(Action<ILoggingBuilder> console)
    {
        _services = new ServiceCollection().AddLogging(console).BuildServiceProvider();
        Provider = new BatchedConsoleLoggerProvider(Options, Formatters, Output, Error);
        Provider.SetScopeProvider(Scopes);
    }

    public BatchedConsoleLoggerProvider Provider { get; }

    public RecordedConsoleStream Output { get; } = new();

    public RecordedConsoleStream Error { get; } = new();

    public LoggerExternalScopeProvider Scopes { get; } = new();

    /// <summary>The options and formatters the provider was made with, for the framework's console logger to compare with.</summary>
    public IOptionsMonitor<ConsoleLoggerOptions> Options => _services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>();

    public IEnumerable<ConsoleFormatter> Formatters => _services.GetServices<ConsoleFormatter>();

    public ILogger Logger(string category = "PlanData.Tests.Console") => Provider.CreateLogger(category);

    public void Dispose()
    {
        // Releases a held stream first, or the provider would wait for it forever.
        Output.Release();
        Error.Release();
        Provider.Dispose();
        _services.Dispose();
        Output.Dispose();
        Error.Dispose();
    }
}
