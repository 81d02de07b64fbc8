using System.Diagnostics;
using PlanData.Api.Operations;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// The span EF Core's instrumentation makes when the process has
/// OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS=true and OTEL_SEMCONV_STABILITY_OPT_IN=database
/// (environment variables of the process, which a test running beside others cannot set): the
/// statement stays, the parameter values go before any exporter sees them.
/// </summary>
public sealed class QueryParameterTests
{
    [Fact]
    public void Parameter_values_are_removed_from_a_sql_span_and_the_statement_is_kept()
    {
        using var span = new Activity("SELECT").Start();
        span.SetTag("db.system.name", "sqlite");
        span.SetTag("db.query.text", "SELECT COUNT(*) FROM \"Agencies\" AS \"a\" WHERE instr(\"a\".\"Name\", @Value) > 0");
        span.SetTag("db.query.parameter.@Value", "what the client typed");
        span.SetTag("db.query.parameter.@p", 11);
        span.Stop();

        new QueryParameterRedaction().OnEnd(span);

        Assert.Equal(["db.query.text", "db.system.name"], span.TagObjects.Select(t => t.Key).Order());
        Assert.StartsWith("SELECT COUNT(*)", (string?)span.GetTagItem("db.query.text"));
    }
}
