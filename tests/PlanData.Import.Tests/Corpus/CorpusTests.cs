using System.Security.Cryptography;
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

    // Copies whose text holds no issuer at all (a portal that dropped the header) can only be refused until metadata is given.
    private static bool Headerless(JsonElement expected) =>
        expected.GetProperty("fromMetadata").EnumerateArray().Any(f => f.GetString() == "issuer");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Imports_with_the_facts_read_by_eye(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "expected", name + ".json"))).RootElement;
        var result = Import(name);
        if (Headerless(expected))
        {
            Assert.Null(result.Plan);
            Assert.Contains(result.Report.Messages, m => m.Code == "no-issuer");
            return;
        }

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
        var read = plan.Plan.References
            .GroupBy(r => r.To.Number.ToUpperInvariant())
            .Select(g => $"{g.First().To.Number} @{g.Min(r => r.Line)}").ToList();
        Assert.Equal(citations, read);
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
        var path = Path.Combine(_folder, "documents", name + ".txt");
        var bytes = File.ReadAllBytes(path);
        return PlanImporter.Import(File.ReadAllText(path), name + ".txt", Convert.ToHexStringLower(SHA256.HashData(bytes)), Repository.Registry, allowIncomplete: true);
    }

    private static AgencyEntry Agency(ImportResult result, string code) =>
        result.NewAgencies.Concat(Repository.Registry.Agencies).First(a => a.Code == code);

    private static JurisdictionEntry Jurisdiction(ImportResult result, string code) =>
        (result.NewJurisdictions ?? []).Concat(Repository.Registry.Jurisdictions).First(j => j.Code == code);

    private static DateOnly? Date(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Enum<T>(T value) where T : struct, System.Enum =>
        JsonSerializer.Serialize(value, SeedJson.Options).Trim('"');
}
