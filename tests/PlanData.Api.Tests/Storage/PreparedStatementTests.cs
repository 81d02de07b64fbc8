using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Storage;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;
using static PlanData.Api.Tests.HostileInput.HostileRequests;

namespace PlanData.Api.Tests.Storage;

/// <summary>
/// A SQLite statement sent again runs the command prepared the first time, with the new values: the answers are those of an
/// API that prepares every statement anew, for values of every type a statement binds (dates, enums, numbers, text, flags).
/// </summary>
[Trait("Database", TestDatabase.SqliteFileTrait)]
public sealed class PreparedStatementTests(KeptStatementsApiFactory kept, UnkeptStatementsApiFactory unkept)
    : IClassFixture<KeptStatementsApiFactory>, IClassFixture<UnkeptStatementsApiFactory>
{
    private const string Query = """
        query Items($asOf: Date, $status: PlanItemStatus, $above: Int, $text: String, $done: Boolean) {
          planItems(asOf: $asOf, first: 20, where: { status: { neq: $status }, number: { gt: $above }, title: { icontains: $text }, completedAtIssue: { eq: $done } }) {
            totalCount
            nodes { number status schedule { end } leadAgency { name } assignments { role } }
          }
        }
        """;

    public static TheoryData<string> Variables => new()
    {
        """{"asOf":"2022-01-15","status":"PAST_DUE","above":0,"text":"so","done":false}""",
        """{"asOf":"2022-06-30","status":"IN_PROGRESS","above":3,"text":"chuyen","done":false}""",
        """{"asOf":"2023-01-01","status":"NOT_STARTED","above":5,"text":"","done":false}""",
        """{"asOf":"2022-03-31","status":"COMPLETED","above":1,"text":"trung tam","done":true}""",
    };

    [Theory]
    [MemberData(nameof(Variables))]
    public async Task A_statement_sent_again_answers_with_its_new_values_as_a_freshly_prepared_one_does(string variables)
    {
        var before = kept.Services.GetRequiredService<PreparedStatements>().Reused;
        var expected = await AnswerAsync(unkept, variables);
        foreach (var other in Variables)
        {
            // Another set of values first, so that this statement is kept with other values bound before it.
            await AnswerAsync(kept, other);
        }

        Assert.Equal(expected, await AnswerAsync(kept, variables));
        Assert.Equal(expected, await AnswerAsync(kept, variables));
        Assert.True(kept.Services.GetRequiredService<PreparedStatements>().Reused > before);
    }

    [Fact]
    public async Task Different_values_give_different_answers()
    {
        var answers = new HashSet<string>();
        foreach (var variables in Variables)
        {
            answers.Add(await AnswerAsync(kept, variables));
        }

        Assert.Equal(Variables.Count, answers.Count);
    }

    private static async Task<string> AnswerAsync(ConfiguredApiFactory api, string variables)
    {
        var response = await api.CreateClient().SendRawAsync(Post(Body(Query, JsonNode.Parse(variables)!.AsObject())));
        Assert.True(response.Json["errors"] is null, response.Text);
        return response.Text;
    }
}

public sealed class KeptStatementsApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:ResponseCache:Enabled"] = "false",
    ["GraphQL:CountCache:Enabled"] = "false",
    ["GraphQL:CompiledOperations"] = "On",
});

public sealed class UnkeptStatementsApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:ResponseCache:Enabled"] = "false",
    ["GraphQL:CountCache:Enabled"] = "false",
    ["GraphQL:CompiledOperations"] = "On",
    ["Database:KeepPreparedStatements"] = "false",
});
