using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace PlanData.Api.Operations;

/// <summary>
/// The console log, in place of the framework's <see cref="ConsoleLoggerProvider"/>: the same lines, by
/// the console formatter <see cref="ConsoleLoggerOptions.FormatterName"/> names (those AddJsonConsole and
/// AddSimpleConsole register; a name none has falls back to the simple one, as in the framework), with the
/// same <c>Logging:Console</c> settings, but written in batches by <see cref="ConsoleLineWriter"/>.
/// Changes of the options apply to the loggers already made.
/// </summary>
[ProviderAlias("Console")]
public sealed class BatchedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly Dictionary<string, ConsoleFormatter> _formatters = new(StringComparer.OrdinalIgnoreCase);
    private readonly IDisposable? _optionsChange;

    public BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters)
        : this(options, formatters, Console.OpenStandardOutput(), Console.OpenStandardError())
    {
    }

    internal BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters, Stream output, Stream error)
    {
        foreach (var formatter in formatters)
        {
            _formatters.TryAdd(formatter.Name, formatter);
        }

        var current = options.CurrentValue;
        Lines = new ConsoleLineWriter(output, error, current.MaxQueueLength, current.QueueFullMode);
        Apply(current);
        _optionsChange = options.OnChange(Apply);
    }

    internal ConsoleLineWriter Lines { get; }

    internal ConsoleFormatter Formatter { get; private set; }

    /// <summary>Entries at this level or above go to the error stream.</summary>
    internal LogLevel ErrorThreshold { get; private set; }

    internal IExternalScopeProvider? Scopes { get; private set; }

    public ILogger CreateLogger(string categoryName) => new BatchedConsoleLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => Scopes = scopeProvider;

    public void Dispose()
    {
        _optionsChange?.Dispose();
        Lines.Dispose();
    }

    [MemberNotNull(nameof(Formatter))]
    private void Apply(ConsoleLoggerOptions options)
    {
        Formatter = options.FormatterName is { } name && _formatters.TryGetValue(name, out var named) ? named : _formatters[ConsoleFormatterNames.Simple];
        ErrorThreshold = options.LogToStandardErrorThreshold;
        Lines.Limit(options.MaxQueueLength, options.QueueFullMode);
    }
}
