using PlanData.Api.Cli;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.TrustedOperations;

/// <summary>`operations manifest`: one `id name` line per trusted operation.</summary>
[Collection(ApiCollection.Name)]
public sealed class ManifestCommandTests(PlanDataApiFactory api)
{
    [Fact]
    public void The_manifest_lists_every_operation_by_name_with_the_sha256_of_its_file()
    {
        using var output = new StringWriter();

        var exitCode = ManifestCommand.Run(api.Services, output);

        Assert.Equal(0, exitCode);
        var expected = TrustedOperationFiles.Names.Select(name => $"{TrustedOperationFiles.IdOf(name)} {name}\n");
        Assert.Equal(string.Concat(expected), output.ToString());
    }

    [Theory]
    [InlineData(new[] { "operations", "manifest" }, true)]
    [InlineData(new[] { "operations" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false)]
    public void Operations_is_a_command_not_configuration(string[] args, bool isCommand)
    {
        Assert.Equal(isCommand, Commands.IsCommand(args));
    }
}
