using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanData.Import.Tests.Oracle;
using PlanData.Import.Tests.Sources;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Database;

/// <summary>The same document saved another way (UTF-16, Word) imports to the same plan.</summary>
public sealed class SourceFormatTests
{
    [Fact]
    public async Task The_seed_saved_as_utf16_with_a_bom_imports_to_the_same_plan_as_the_utf8_file()
    {
        using var scratch = new ScratchFolder();
        var utf16 = scratch.Write("quang-ngai-04-KH-BCD-2022.utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File.ReadAllText(ScratchFolder.SeedDocument))]);

        await AssertSamePlanAsync(scratch, utf16);
    }

    [Fact]
    public async Task The_seed_turned_into_a_docx_imports_to_the_same_plan_as_the_txt_file()
    {
        using var scratch = new ScratchFolder();
        var docx = scratch.Write("quang-ngai-04-KH-BCD-2022.docx", DocxBuilder.FromLines(ScratchFolder.SeedLines()));

        await AssertSamePlanAsync(scratch, docx);
    }

    /// <summary>The structured form and the database built from <paramref name="other"/> equal the seed's, except where each names its source file.</summary>
    private static async Task AssertSamePlanAsync(ScratchFolder scratch, string other)
    {
        var expected = WithoutSource(DocumentReader.Read(ScratchFolder.SeedDocument, Repository.Registry));
        var actual = WithoutSource(DocumentReader.Read(other, Repository.Registry));
        var difference = JsonDifference.First(expected, actual);
        Assert.True(difference is null, $"first difference at {difference}");

        var outcome = await scratch.ImportAsync(other);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        using var reference = new ScratchFolder();
        await reference.ImportSeedAsync();
        static bool NotSource(string column) => !column.StartsWith("Source_", StringComparison.Ordinal);
        Assert.Equal(reference.Dump(column: NotSource), scratch.Dump(column: NotSource));
        Assert.Equal(
            [$"Source_FileName={Path.GetFileName(other)} | Source_Sha256={ScratchFolder.Sha256(other)}"],
            scratch.Rows("SELECT Source_FileName, Source_Sha256 FROM Plans"));
    }

    private static JsonNode WithoutSource(ImportResult result)
    {
        Assert.True(result.Plan is not null, result.Report.ToString());
        var node = JsonSerializer.SerializeToNode(result.Plan, SeedJson.Options)!.AsObject();
        Assert.True(node.Remove("source"));
        return node;
    }
}
