using Microsoft.Extensions.Logging.Abstractions;

namespace PlanData.Api.Operations;

/// <summary>
/// The console logger of one category: formats the entry on the logging thread with the provider's
/// console formatter, exactly as the framework's console logger does, and leaves the writing to the
/// provider's <see cref="ConsoleLineWriter"/>.
/// </summary>
internal sealed class BatchedConsoleLogger(string category, BatchedConsoleLoggerProvider provider) : ILogger
{
    // A JSON request line with its scopes is about 1,000 characters: the buffer a thread keeps has room
    // for those, not for the stack trace of one exception.
    private const int KeptCapacity = 4 * 1024;

    [ThreadStatic]
    private static StringWriter? _threadText;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => provider.Scopes?.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        ArgumentNullException.ThrowIfNull(formatter);
        var text = _threadText ??= new StringWriter();
        var entry = new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
        provider.Formatter.Write(in entry, provider.Scopes, text);
        var builder = text.GetStringBuilder();
        if (builder.Length == 0)
        {
            return;
        }

        var line = builder.ToString();
        builder.Clear();
        if (builder.Capacity > KeptCapacity)
        {
            builder.Capacity = KeptCapacity;
        }

        provider.Lines.Write(line, logLevel >= provider.ErrorThreshold);
    }
}
