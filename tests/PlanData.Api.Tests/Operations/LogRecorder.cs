using Microsoft.Extensions.Logging;

namespace PlanData.Api.Tests.Operations;

/// <summary>Every log entry the API writes, with its structured properties and the scopes it was written in.</summary>
public sealed class LogRecorder : ILoggerProvider, ISupportExternalScope
{
    private readonly LockedList<LogRecord> _records = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyList<LogRecord> Records => _records.Snapshot();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>The one request line of the trace, once the server has written it (after the response).</summary>
    public async Task<LogRecord> RequestLineAsync(string traceId)
    {
        var lines = await Traced.EventuallyAsync<LogRecord>(
            () => [.. Records.Where(r => r.EventId.Name == "GraphQLRequest" && (string?)r["TraceId"] == traceId)],
            found => found.Count > 0);
        return Assert.Single(lines);
    }

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<object?>();
            owner._scopes?.ForEachScope((scope, list) => list.Add(scope), scopes);
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner._records.Add(new LogRecord(category, logLevel, eventId, formatter(state, exception), [.. properties], exception, scopes));
        }
    }
}

public sealed record LogRecord(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyList<KeyValuePair<string, object?>> Properties,
    Exception? Exception,
    IReadOnlyList<object?> Scopes)
{
    public object? this[string name] => Properties.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>The values of the scopes' properties (the trace id of the request's activity among them).</summary>
    public IEnumerable<KeyValuePair<string, object?>> ScopeProperties =>
        Scopes.OfType<IEnumerable<KeyValuePair<string, object?>>>().SelectMany(s => s);

    /// <summary>Everything the entry would put in a log file: message, properties, scopes and exception.</summary>
    public string AllText => string.Join("\n", [
        Message,
        .. Properties.Select(p => $"{p.Key}={p.Value}"),
        .. Scopes.Select(s => s?.ToString()),
        .. ScopeProperties.Select(p => $"{p.Key}={p.Value}"),
        Exception?.ToString()]);
}
