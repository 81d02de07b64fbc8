using PlanData.Api.Tests.Operations;
using PlanData.Api.Tests.Transport;

namespace PlanData.Api.Tests.Loading;

/// <summary>When the one statement a batch sends fails, every field that waited on it reports the error: none reads an empty list it did not get.</summary>
public sealed class BatchFailureTests(FailingBatchApi api) : IClassFixture<FailingBatchApi>
{
    [Fact]
    public async Task Every_item_waiting_on_a_failed_batch_gets_the_error()
    {
        var before = api.AssignmentStatements;
        var response = await api.CreateClient().SendRawAsync(Traced.Post(
            """{"query":"{ plan(number: \"04/KH-BCĐ\") { items(first: 11) { nodes { number assignments { role } } } } }"}""").Request);

        var errors = response.Json["errors"]!.AsArray();
        var paths = errors.Select(e => string.Join('.', e!["path"]!.AsArray().Select(p => p!.ToString()))).ToList();
        Assert.Equal([.. Enumerable.Range(0, 11).Select(n => $"plan.items.nodes.{n}.assignments")], paths);
        Assert.All(errors, e => Assert.Equal("UNEXPECTED_EXECUTION_ERROR", (string?)e!["extensions"]!["code"]));

        // One statement was sent for the eleven items, and no item reads as having no assignments.
        Assert.Equal(before + 1, api.AssignmentStatements);
        Assert.DoesNotContain("\"assignments\":[]", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_that_do_not_wait_on_the_failed_batch_still_answer()
    {
        var response = await api.CreateClient().SendRawAsync(Traced.Post(
            """{"query":"{ plan(number: \"04/KH-BCĐ\") { number recipients { text } items(first: 2) { nodes { number assignments { role } } } } }"}""").Request);

        var plan = response.Json["data"]!["plan"];
        Assert.NotNull(plan);
        Assert.Equal("04/KH-BCĐ", (string?)plan!["number"]);
        Assert.NotEmpty(plan["recipients"]!.AsArray());
        Assert.Equal(2, response.Json["errors"]!.AsArray().Count);
    }
}
