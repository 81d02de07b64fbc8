using PlanData.Api.Ide;

namespace PlanData.Api.Tests.Ide;

public sealed class IdeFilesTests
{
    [Fact]
    public void Starting_without_the_IDE_files_says_where_they_were_expected_and_how_to_switch_the_IDE_off()
    {
        var folder = Path.Combine(Path.GetTempPath(), "plan-data-tests", $"no-ide-{Guid.NewGuid():N}");

        var error = Assert.Throws<InvalidOperationException>(() => IdeFiles.Load(folder, "/graphql"));

        Assert.Contains(folder, error.Message);
        Assert.Contains("npm ci", error.Message);
        Assert.Contains("GraphQL:Ide:Enabled=false", error.Message);
    }
}
