using PlanData.Api.Sdl;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.GraphQL;

[Collection(ApiCollection.Name)]
public sealed class SchemaFileTests(PlanDataApiFactory api)
{
    [Fact]
    public void Schema_file_is_the_printed_schema_of_the_running_api()
    {
        var printed = SchemaText.Print(api.Services);
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql"));

        Assert.True(
            printed == file,
            "schema/schema.graphql differs from the running schema; regenerate it with " +
            "`dotnet run --project src/PlanData.Api -- schema export schema/schema.graphql`.");
    }

    [Theory]
    [InlineData("Plan", "type Plan implements Node")]
    [InlineData("PlanItemsConnection", "type PlanItemsConnection")]
    [InlineData("Date", "scalar Date")]
    [InlineData("ScheduleKind", "MONTH_RANGE")]
    public void Schema_file_holds_the_contract_types_with_their_descriptions(string typeName, string expected)
    {
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema", "schema.graphql"));

        Assert.Contains(expected, file);
        Assert.Matches($"\"[^\"]+\"\\s*\\n(type|scalar|enum|interface) {typeName}\\b|\"\"\"[\\s\\S]+?\"\"\"\\s*\\n(type|scalar|enum|interface) {typeName}\\b", file);
    }
}
