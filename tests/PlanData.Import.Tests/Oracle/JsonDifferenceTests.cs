using System.Text.Json.Nodes;

namespace PlanData.Import.Tests.Oracle;

public sealed class JsonDifferenceTests
{
    [Theory]
    [InlineData("""{"a":1,"b":[1,2]}""", """{"a":1,"b":[1,2]}""", null)]
    [InlineData("""{"a":1}""", """{"a":2}""", "$.a: expected 1, got 2")]
    [InlineData("""{"a":{"b":[1,{"c":"x"}]}}""", """{"a":{"b":[1,{"c":"y"}]}}""", "$.a.b[1].c: expected \"x\", got \"y\"")]
    [InlineData("""{"a":[1,2]}""", """{"a":[1]}""", "$.a: expected 2 entries, got 1")]
    [InlineData("""{"a":1}""", """{}""", "$.a: missing (expected 1)")]
    [InlineData("""{}""", """{"z":null}""", "$.z: not expected (got null)")]
    public void Names_the_first_difference(string expected, string actual, string? difference) =>
        Assert.Equal(difference, JsonDifference.First(JsonNode.Parse(expected), JsonNode.Parse(actual)));
}
