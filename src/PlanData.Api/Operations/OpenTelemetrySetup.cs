using System.Reflection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PlanData.Api.Operations;

public static class OpenTelemetrySetup
{
    /// <summary>
    /// Traces (ASP.NET Core, EF Core, a span per GraphQL operation) and metrics (ASP.NET Core's, EF Core's,
    /// the runtime's, GraphQL operations'), exported over OTLP only when an endpoint is configured. Spans
    /// and measurements nobody takes are not made (a sixth of a cached answer's time): without an endpoint,
    /// OpenTelemetry:Tracing and OpenTelemetry:Metrics switch them on for an exporter added in code.
    /// </summary>
    public static WebApplicationBuilder AddPlanOpenTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var settings = configuration.GetSection(OpenTelemetryOptions.Section).Get<OpenTelemetryOptions>() ?? new();
        var exporting = settings.Otlp.Endpoint is not null || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var version = typeof(OpenTelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? settings.ServiceName, serviceVersion: version));
        if (settings.Tracing ?? exporting)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(PlanDataTelemetry.Name)
                    .AddAspNetCoreInstrumentation(aspNetCore =>
                    {
                        aspNetCore.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path);

                        // A GET request's query string holds the document and its variables.
                        aspNetCore.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                    })

                    // SQL text only: every value a client sends reaches SQL as a parameter, never as a literal,
                    // and parameter values are removed.
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddProcessor<QueryParameterRedaction>();
                if (exporting)
                {
                    tracing.AddOtlpExporter(otlp => Configure(otlp, settings.Otlp, "traces"));
                }
            });
        }

        if (settings.Metrics ?? exporting)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(PlanDataTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddMeter("Microsoft.EntityFrameworkCore", "System.Runtime");
                if (exporting)
                {
                    metrics.AddOtlpExporter(otlp => Configure(otlp, settings.Otlp, "metrics"));
                }
            });
        }

        return builder;
    }

    /// <summary>Our endpoint setting, when given; else the exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself.</summary>
    private static void Configure(OtlpExporterOptions otlp, OpenTelemetryOptions.OtlpSettings settings, string signal)
    {
        if (settings.Endpoint is not { } endpoint)
        {
            return;
        }

        // Like OTEL_EXPORTER_OTLP_ENDPOINT, the setting names the collector: over HTTP each signal has its own path.
        otlp.Protocol = settings.ExportProtocol;
        otlp.Endpoint = otlp.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri($"{endpoint.AbsoluteUri.TrimEnd('/')}/v1/{signal}")
            : endpoint;
    }
}
