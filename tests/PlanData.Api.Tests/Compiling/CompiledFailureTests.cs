using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Loading;
using PlanData.Api.Tests.Operations;
using PlanData.Api.Tests.Transport;
using PlanData.Api.Transport;

namespace PlanData.Api.Tests.Compiling;

/// <summary>When a statement of a compiled plan fails, the executor answers: each field that waited on it reports the error, none reads empty.</summary>
public sealed class CompiledFailureTests(FailingBatchOnApi api) : IClassFixture<FailingBatchOnApi>
{
    private const string Items = """{"query":"{ planItems(first: 3) { nodes { number assignments { role } } } }"}""";

    [Fact]
    public async Task A_failed_statement_of_a_plan_is_answered_as_the_executor_answers_it()
    {
        var first = await api.CreateClient().SendRawAsync(Traced.Post(Items).Request);
        var answered = api.Services.GetRequiredService<CompiledExecution>().Answered;
        var again = await api.CreateClient().SendRawAsync(Traced.Post(Items).Request);

        Assert.Equal(answered, api.Services.GetRequiredService<CompiledExecution>().Answered);
        Assert.Equal(200, again.Status);
        Assert.Equal(
            ["planItems.nodes.0.assignments", "planItems.nodes.1.assignments", "planItems.nodes.2.assignments"],
            again.Json["errors"]!.AsArray().Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.ToString()))));
        Assert.Equal(first.Json["errors"]!.AsArray().Count, again.Json["errors"]!.AsArray().Count);
        Assert.DoesNotContain("\"assignments\":[]", again.Text, StringComparison.Ordinal);
    }
}

/// <summary>The failing-batch API with compiled plans on, as deployed, and every request answered from the data.</summary>
public sealed class FailingBatchOnApi() : FailingBatchApi(new Dictionary<string, string>
{
    ["GraphQL:ResponseCache:Enabled"] = "false",
    ["GraphQL:CompiledOperations"] = "On",
});
