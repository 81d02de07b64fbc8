using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace PlanData.Api.Operations;

public static class ConsoleLogging
{
    /// <summary>
    /// JSON lines for log collectors, simple lines for people: <c>Logging:Format</c> decides, and by
    /// default (auto) a terminal or Development gets simple lines and anything else (a service manager,
    /// a container, a pipe) JSON. `dotnet run` runs as Production, so the terminal is what keeps it readable.
    /// The lines are the framework's console lines, written by <see cref="BatchedConsoleLoggerProvider"/>.
    /// </summary>
    public static WebApplicationBuilder AddPlanConsoleLogging(this WebApplicationBuilder builder)
    {
        var format = (builder.Configuration.GetSection(LoggingOptions.Section).Get<LoggingOptions>() ?? new()).Format;
        if (format == LogFormat.Auto)
        {
            format = builder.Environment.IsDevelopment() || !Console.IsOutputRedirected ? LogFormat.Simple : LogFormat.Json;
        }

        if (format == LogFormat.Json)
        {
            // Scopes carry the trace id and the request path of every line written during a request.
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(simple =>
            {
                simple.SingleLine = true;
                simple.TimestampFormat = "HH:mm:ss ";
            });
        }

        // The framework's console logger makes a system call per line; ours uses its formatters and options, and batches.
        foreach (var framework in builder.Services.Where(s => s.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
        {
            builder.Services.Remove(framework);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, BatchedConsoleLoggerProvider>());
        return builder;
    }
}
