using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// What the API's console shows for a log entry: the entry rendered by the console formatter the API
/// configured, with the entry's scopes (the console itself is one per process, not one per test).
/// </summary>
public static class ConsoleLines
{
    public static string FormatterName(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName!;

    public static string Render(IServiceProvider services, LogRecord record)
    {
        var name = FormatterName(services);
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        using var output = new StringWriter();
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(record.Level, record.Category, record.EventId, record.Properties, record.Exception, (_, _) => record.Message);
        formatter.Write(in entry, new RecordedScopes(record.Scopes), output);
        return output.ToString();
    }

    private sealed class RecordedScopes(IReadOnlyList<object?> scopes) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state)
        {
            foreach (var scope in scopes)
            {
                callback(scope, state);
            }
        }

        public IDisposable Push(object? state) => NullScope.Instance;
    }

    private sealed class NullScope : IDisposable
    {
        public static readonly NullScope Instance = new();

        public void Dispose()
        {
        }
    }
}
