using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PlanData.Api.Operations;

/// <summary>
/// The duration of every GraphQL request by operation and outcome; its count is the number of operations.
/// The operation name is the client's choice: the SDK's cardinality limit (2,000 series a metric) caps
/// what a client inventing names can cost.
/// </summary>
public sealed class GraphQLOperationMetrics
{
    private readonly Histogram<double> _duration;

    public GraphQLOperationMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(PlanDataTelemetry.Name);
        _duration = meter.CreateHistogram(
            "plandata.graphql.operation.duration",
            unit: "s",
            description: "Duration of GraphQL requests, by operation and outcome (ok, errors, refused, failed, aborted).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
    }

    public void Record(TimeSpan duration, GraphQLOperationLabel operation, string outcome)
    {
        if (!_duration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { GraphQLOperationLabel.TypeAttribute, operation.Type },
            { GraphQLOperationLabel.NameAttribute, operation.Name },
            { GraphQLOperationLabel.OutcomeAttribute, outcome },
        };
        _duration.Record(duration.TotalSeconds, tags);
    }
}
