using PlanData.Api.Storage;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// The real API in-process on its own database, with what an operator would see of it: the spans and
/// metrics it exports (in-memory exporters beside its own configuration) and every log entry it writes.
/// Requests come from <see cref="ClientAddress"/>.
/// </summary>
public class ObservedApiFactory : WebApplicationFactory<Program>
{
    public static readonly IPAddress ClientAddress = IPAddress.Parse("203.0.113.7");

    private readonly IReadOnlyDictionary<string, string> _settings;

    public ObservedApiFactory()
        : this(new Dictionary<string, string>())
    {
    }

    protected ObservedApiFactory(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
    }

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"{Guid.NewGuid():N}.sqlite");

    /// <summary>Spans as exported, of this API and of every other one running in the test process (filter by trace id).</summary>
    public LockedList<Activity> Spans { get; } = new();

    public LockedList<MetricSnapshot> Metrics { get; } = new();

    public LogRecorder Logs { get; } = new();

    /// <summary>Exports the metrics recorded so far into <see cref="Metrics"/>.</summary>
    public void FlushMetrics() => Services.GetRequiredService<MeterProvider>().ForceFlush();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        TestDatabase.Use(builder, DatabasePath);

        // The background warm-up's spans, log lines and metrics would mix with the requests' (WarmUpTests turns it on).
        builder.UseSetting("GraphQL:WarmUp:Enabled", "false");

        // Spans and measurements are made only for an exporter: here the in-memory one below, or an OTLP one.
        if (!_settings.ContainsKey("OpenTelemetry:Otlp:Endpoint"))
        {
            builder.UseSetting("OpenTelemetry:Tracing", "true");
            builder.UseSetting("OpenTelemetry:Metrics", "true");
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TestDatabase.Delete(DatabasePath);
    }

    /// <summary>The test server has no socket to take a client's address from.</summary>
    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, rest) =>
            {
                context.Connection.RemoteIpAddress = ClientAddress;
                return rest(context);
            });
            next(app);
        };
    }
}
