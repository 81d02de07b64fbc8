using System.Text.Json;
using System.Text.Json.Nodes;
using PlanData.Import.Tests.Sources;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Oracle;

/// <summary>Each document imports to exactly its hand-checked structured form.</summary>
public sealed class OracleTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { Path.Combine(Repository.Seed, "documents", "quang-ngai-04-KH-BCD-2022.txt"), Path.Combine(Repository.Seed, "expected", "quang-ngai-04-KH-BCD-2022.json") },
        { Path.Combine(Repository.Fixtures, "documents", "quang-ngai-27-KH-SKHCN-2025.txt"), Path.Combine(Repository.Fixtures, "expected", "quang-ngai-27-KH-SKHCN-2025.json") },
        { Path.Combine(Repository.Fixtures, "documents", "quang-ngai-15-KH-UBND-2023.txt"), Path.Combine(Repository.Fixtures, "expected", "quang-ngai-15-KH-UBND-2023.json") },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_imports_to_its_curated_form(string document, string expected)
    {
        var result = DocumentReader.Read(document, Repository.Registry);

        Assert.True(result.Plan is not null, result.Report.ToString());
        var actual = JsonSerializer.SerializeToNode(result.Plan, SeedJson.Options);
        var difference = JsonDifference.First(JsonNode.Parse(File.ReadAllText(expected)), actual);
        Assert.True(difference is null, $"{Path.GetFileName(document)}: first difference at {difference}\n{result.Report}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_line_is_mapped_and_nothing_is_reported_unread(string document, string expected)
    {
        _ = expected;
        var result = DocumentReader.Read(document, Repository.Registry);

        Assert.Equal(result.Report.LineCount, result.Report.MappedLineCount);
        Assert.DoesNotContain(result.Report.Messages, m => m.Code is "unmapped-line" or "unreadable-deadline" or "no-deadline");
    }
}
