using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Transport;
using PlanData.Api.Transport;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.Compiling;

/// <summary>The compiled plans as deployed (On): the executor answers a document the first time, its plan from then on.</summary>
public sealed class CompiledOperationsOnTests(CompiledOperationsOnApiFactory api) : IClassFixture<CompiledOperationsOnApiFactory>
{
    private const string ByNumber = "query Item($n: Int!) { planItems(first: 1, where: { number: { eq: $n } }) { totalCount nodes { number title status schedule { kind end } leadAgency { name } assignments { role agency { code } } } } }";

    private CompiledExecution Compiled => api.Services.GetRequiredService<CompiledExecution>();

    [Fact]
    public async Task A_document_seen_again_is_answered_by_its_plan_with_the_bytes_the_executor_wrote()
    {
        var first = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, new JsonObject { ["n"] = 3 })));
        var answered = Compiled.Answered;
        var again = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, new JsonObject { ["n"] = 3 })));
        var other = await api.CreateClient().SendRawAsync(Post(Body(ByNumber, new JsonObject { ["n"] = 4 })));

        Assert.Equal(answered + 2, Compiled.Answered);
        Assert.Equal(first.Text, again.Text);
        Assert.Equal(first.ContentType?.ToString(), again.ContentType?.ToString());
        Assert.Equal(4, (int)other.Json["data"]!["planItems"]!["nodes"]![0]!["number"]!);
    }

    [Fact]
    public async Task A_refused_argument_is_answered_by_the_executor_in_its_own_words_every_time()
    {
        const string tooMany = "{ planItems(first: 1000) { nodes { number } } }";
        var first = await api.CreateClient().SendRawAsync(Post(Body(tooMany)));
        var answered = Compiled.Answered;
        var again = await api.CreateClient().SendRawAsync(Post(Body(tooMany)));

        Assert.Equal(answered, Compiled.Answered);
        Assert.Equal((string?)first.SingleError["message"], (string?)again.SingleError["message"]);
        Assert.Equal("HC0051", (string?)again.SingleError["extensions"]!["code"]);
    }

    [Fact]
    public async Task An_operation_the_compiler_does_not_plan_runs_on_the_executor()
    {
        const string lookup = """{ plan(number: "04/KH-BCĐ") { number title } }""";
        await api.CreateClient().SendRawAsync(Post(Body(lookup)));
        var answered = Compiled.Answered;
        var again = await api.CreateClient().SendRawAsync(Post(Body(lookup)));

        Assert.Equal(answered, Compiled.Answered);
        Assert.Equal("04/KH-BCĐ", (string?)again.Json["data"]!["plan"]!["number"]);
    }
}

/// <summary>The API with the compiled plans on, as deployed, and the response cache off so that every request runs.</summary>
public sealed class CompiledOperationsOnApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:ResponseCache:Enabled"] = "false",
    ["GraphQL:CompiledOperations"] = "On",
});
