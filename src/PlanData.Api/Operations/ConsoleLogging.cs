namespace PlanData.Api.Operations;

public static class ConsoleLogging
{
    /// <summary>
    /// JSON lines for log collectors, simple lines for people: <c>Logging:Format</c> decides, and by
    /// default (auto) a terminal or Development gets simple lines and anything else (a service manager,
    /// a container, a pipe) JSON. `dotnet run` runs as Production, so the terminal is what keeps it readable.
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

        return builder;
    }
}
