using OpenTelemetry.Exporter;

namespace PlanData.Api.Operations;

/// <summary>Configuration section "OpenTelemetry": where traces and metrics go. Nowhere, and not even made, unless an endpoint is set.</summary>
public sealed class OpenTelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>The name spans and metrics are reported under; OTEL_SERVICE_NAME overrides it.</summary>
    public string ServiceName { get; set; } = "plan-data-api";

    /// <summary>Whether spans are made; unset, only when they are exported (an OTLP endpoint is configured).</summary>
    public bool? Tracing { get; set; }

    /// <summary>Whether measurements are made; unset, only when they are exported.</summary>
    public bool? Metrics { get; set; }

    public OtlpSettings Otlp { get; set; } = new();

    public sealed class OtlpSettings
    {
        /// <summary>The collector, e.g. http://collector:4317; unset, the standard OTEL_EXPORTER_OTLP_ENDPOINT decides.</summary>
        public Uri? Endpoint { get; set; }

        /// <summary>"grpc" or "http/protobuf", as in OTEL_EXPORTER_OTLP_PROTOCOL.</summary>
        public string Protocol { get; set; } = "grpc";

        public OtlpExportProtocol ExportProtocol => Protocol.Trim().ToLowerInvariant() switch
        {
            "grpc" => OtlpExportProtocol.Grpc,
            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            _ => throw new InvalidOperationException($"{Section}:Otlp:Protocol is `{Protocol}`: write `grpc` or `http/protobuf`."),
        };
    }
}
