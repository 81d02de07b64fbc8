using System.Security.Cryptography;
using System.Text;
using PlanData.Seeding;
using PlanData.Testing;

namespace PlanData.Tests.Seeding;

/// <summary>
/// The curated seed is the importer's oracle: these checks keep it honest against its source
/// file and the registry (every quoted text really is in the document, every code exists).
/// </summary>
public sealed class SeedConsistencyTests
{
    private static readonly string _seed = RepositoryRoot.Seed;
    private static readonly AgencyRegistryFile _registry = AgencyRegistryFile.Load(_seed);

    public static TheoryData<string> ExpectedFiles() => [.. Directory.GetFiles(Path.Combine(_seed, "expected"), "*.json").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Source_facts_match_the_document_file(string expectedFile)
    {
        var (plan, lines) = Load(expectedFile);
        var bytes = File.ReadAllBytes(Path.Combine(_seed, "documents", plan.Source.FileName));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), plan.Source.Sha256);
        Assert.Equal(lines.Count(l => l.Trim().Length > 0), plan.Source.LineCount);
        Assert.True(plan.Source.MappedLineCount <= plan.Source.LineCount);
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Quoted_texts_stand_in_the_document_where_the_file_says(string expectedFile)
    {
        var (plan, lines) = Load(expectedFile);

        foreach (var item in plan.Plan.Items)
        {
            Assert.Equal(string.Join("\n", lines[(item.Lines[0] - 1)..item.Lines[1]]), item.SourceText);
        }

        foreach (var reference in plan.Plan.References)
        {
            Assert.Contains(reference.Context, lines[reference.Line - 1]);
        }

        foreach (var recipient in plan.Plan.Recipients)
        {
            Assert.Contains(recipient.Text, lines[recipient.Line - 1]);
        }

        var text = string.Join("\n", lines);
        Assert.All(plan.Plan.Indicators, i => Assert.Contains(i.SourceText, text));
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Every_agency_code_is_in_the_registry(string expectedFile)
    {
        var (plan, _) = Load(expectedFile);
        var codes = _registry.Agencies.Select(a => a.Code).ToHashSet();
        var used = plan.Plan.Items.SelectMany(i => i.Assignments.Select(a => a.Agency))
            .Concat(plan.Plan.Responsibilities.Select(r => r.Agency))
            .Concat(plan.Plan.ReportingDeadlines.SelectMany(d => new[] { d.Reporter, d.ReportTo }))
            .Concat(plan.Plan.Recipients.Select(r => r.Agency))
            .Concat(plan.Plan.References.Select(r => r.To.Issuer))
            .Append(plan.Plan.Issuer)
            .OfType<string>();

        Assert.All(used, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void Registry_links_point_at_registered_agencies_and_successors_have_sources()
    {
        var codes = _registry.Agencies.Select(a => a.Code).ToHashSet();

        Assert.Equal(codes.Count, _registry.Agencies.Count);
        Assert.All(_registry.Agencies, a =>
        {
            Assert.True(a.Parent is null || codes.Contains(a.Parent), a.Code);
            Assert.True(a.Successor is null || codes.Contains(a.Successor), a.Code);
            Assert.True((a.Successor is null && a.DissolvedOn is null) || a.Source is not null, $"{a.Code} has a successor or dissolution without a source");
            Assert.True(a.Name.IsNormalized(NormalizationForm.FormC), a.Code);
        });
    }

    private static (PlanFile Plan, string[] Lines) Load(string expectedFile)
    {
        var plan = SeedJson.Read<PlanFile>(Path.Combine(_seed, "expected", expectedFile));
        var lines = File.ReadAllText(Path.Combine(_seed, "documents", plan.Source.FileName)).Split('\n');
        return (plan, lines);
    }
}
