using System.Text.Json;
using PlanData.Import.Tests.Oracle;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Corpus;

/// <summary>
/// Real published documents, as their pages render them, against the facts a person read in them
/// by eye (expected/*.json, see README.md): issuer, jurisdiction, number, date, place, title and
/// every citation, each imported with --allow-incomplete.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string _folder = Path.Combine(Repository.Root, "tests", "PlanData.Import.Tests", "Corpus");

    public static TheoryData<string> Documents() =>
        [.. Directory.GetFiles(Path.Combine(_folder, "expected"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    // Copies whose text holds no header (a portal that dropped it) come with what their page says (metadata/NAME.meta).
    private static bool Headerless(JsonElement expected) =>
        expected.GetProperty("fromMetadata").EnumerateArray().Any(f => f.GetString() == "issuer");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Imports_with_the_facts_read_by_eye(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "expected", name + ".json"))).RootElement;
        var result = Import(name);
        var report = result.Report.ToString();
        var plan = Assert.IsType<PlanFile>(result.Plan, exactMatch: false);
        var document = plan.Document;

        var jurisdiction = expected.GetProperty("jurisdiction");
        Assert.True(jurisdiction.GetProperty("code").GetString() == document.Jurisdiction, $"jurisdiction {document.Jurisdiction}\n{report}");
        var unit = Jurisdiction(result, document.Jurisdiction);
        Assert.Equal(jurisdiction.GetProperty("level").GetString(), Enum(unit.Level));
        Assert.Equal(jurisdiction.GetProperty("parent").GetString(), unit.Parent);

        var issuer = expected.GetProperty("issuer");
        var agency = Agency(result, plan.Plan.Issuer);
        Assert.True(issuer.GetProperty("name").GetString() == agency.Name, $"issuer {agency.Name} ({agency.Code})\n{report}");
        Assert.Equal(issuer.GetProperty("kind").GetString(), Enum(agency.Kind));
        Assert.Equal(issuer.GetProperty("jurisdiction").GetString(), agency.Jurisdiction);

        if (expected.GetProperty("number") is { ValueKind: JsonValueKind.Object } number)
        {
            Assert.Equal(number.GetProperty("number").GetString() ?? number.GetProperty("printed").GetString(), document.Number);
            Assert.Equal(number.GetProperty("printed").GetString(), document.Printed);
            Assert.Equal(number.GetProperty("kindCode").GetString(), document.KindCode);
            Assert.Equal(number.GetProperty("kind").GetString(), Enum(document.Kind));
        }
        else
        {
            Assert.Equal("", document.Printed);
        }

        Assert.Equal(Date(expected.GetProperty("issuedOn")), plan.Plan.IssuedOn);
        Assert.Equal(expected.GetProperty("place").GetString() ?? "", plan.Plan.IssuedAt);
        Assert.True((expected.GetProperty("title").GetString() ?? "") == plan.Plan.Title, $"title \"{plan.Plan.Title}\"\n{report}");

        var citations = expected.GetProperty("citations").EnumerateArray()
            .Select(c => $"{c.GetProperty("number").GetString()} @{c.GetProperty("line").GetInt32()}").ToList();
        // In order of first appearance in the text, as the person read them.
        var read = plan.Plan.References
            .GroupBy(r => r.To.Number.ToUpperInvariant())
            .Select(g => g.OrderBy(r => r.Line).First())
            .OrderBy(r => r.Line)
            .Select(r => $"{r.To.Number} @{r.Line}").ToList();
        Assert.Equal(citations, read);
        Assert.Equal(Headerless(expected), result.Report.Messages.Any(m => m.Code == "from-metadata"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_the_outline_footnotes_and_appendix_references_read_by_eye(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "expected", name + ".json"))).RootElement;
        var result = Import(name);
        Assert.True(result.Plan is not null, result.Report.ToString());
        var plan = result.Plan.Plan;

        Assert.Equal(expected.GetProperty("outline").EnumerateArray().Select(p => p.GetString()), plan.Sections.Select(s => s.Path));
        Assert.Equal(
            expected.GetProperty("footnotes").EnumerateArray().Select(f => (f.GetProperty("marker").GetString(), f.GetProperty("line").GetInt32(), f.GetProperty("context").GetString(), f.GetProperty("text").GetString())),
            plan.Footnotes.Select(f => ((string?)f.Marker, f.Line, (string?)f.Context, f.Text)));
        Assert.Equal(
            expected.GetProperty("appendixReferences").EnumerateArray().Select(a => (a.GetProperty("appendix").GetString(), a.GetProperty("line").GetInt32(), a.GetProperty("appendixPath").GetString())),
            plan.AppendixReferences.Select(a => ((string?)a.Appendix, a.Line, a.AppendixPath)));

        // Parts come in reading order, each within the lines of the part that holds it.
        var byPath = plan.Sections.ToDictionary(s => s.Path);
        Assert.Equal(plan.Sections.Select(s => s.FirstLine).Order(), plan.Sections.Select(s => s.FirstLine));
        Assert.All(plan.Sections.Where(s => s.ParentPath is not null), s =>
            Assert.True(byPath[s.ParentPath!].FirstLine < s.FirstLine && s.LastLine <= byPath[s.ParentPath!].LastLine, $"{s.Path} ({s.FirstLine}-{s.LastLine}) is not inside {s.ParentPath}"));
    }

    [Theory]
    [InlineData("hatinh-thachkim-nonum-2024")]
    [InlineData("laichau-1371-KH-VPUBND-2025")]
    public void A_copy_without_its_header_and_without_metadata_is_refused_saying_why(string name)
    {
        var path = Path.Combine(_folder, "documents", name + ".txt");
        var result = PlanImporter.Import(File.ReadAllText(path), name + ".txt", "", Repository.Registry, allowIncomplete: true);

        Assert.Null(result.Plan);
        var error = Assert.Single(result.Report.Messages, m => m.Severity == Reports.ImportSeverity.Error);
        Assert.Equal("no-issuer", error.Code);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reports_no_header_line_as_unmapped(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "expected", name + ".json"))).RootElement;
        var result = Import(name);
        if (Headerless(expected))
        {
            return;
        }

        // The header ends with its place-and-date line (the first with "năm yyyy"); every line up to it is data,
        // the provenance lines of the saved copy included.
        var lines = File.ReadAllLines(Path.Combine(_folder, "documents", name + ".txt"));
        var dateLine = Array.FindIndex(lines, 2, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"năm \d{4}")) + 1;
        Assert.True(dateLine > 2, "no place-and-date line in the copy");
        Assert.DoesNotContain(result.Report.Messages, m => m.Code == "unmapped-line" && m.Line <= dateLine);
    }

    private static ImportResult Import(string name)
    {
        // Through the file reader, as the import command reads it: NAME.meta beside the copy is its metadata.
        var folder = Directory.CreateTempSubdirectory("corpus-");
        try
        {
            var path = Path.Combine(folder.FullName, name + ".txt");
            File.Copy(Path.Combine(_folder, "documents", name + ".txt"), path);
            var metadata = Path.Combine(_folder, "metadata", name + ".meta");
            if (File.Exists(metadata))
            {
                File.Copy(metadata, path + ".meta");
            }

            return DocumentReader.Read(path, Repository.Registry, allowIncomplete: true);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static AgencyEntry Agency(ImportResult result, string code) =>
        result.NewAgencies.Concat(Repository.Registry.Agencies).First(a => a.Code == code);

    private static JurisdictionEntry Jurisdiction(ImportResult result, string code) =>
        (result.NewJurisdictions ?? []).Concat(Repository.Registry.Jurisdictions).First(j => j.Code == code);

    private static DateOnly? Date(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Enum<T>(T value) where T : struct, System.Enum =>
        JsonSerializer.Serialize(value, SeedJson.Options).Trim('"');
}
