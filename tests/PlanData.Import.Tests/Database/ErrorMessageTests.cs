using System.Text;
using PlanData.Import.Sources;

namespace PlanData.Import.Tests.Database;

/// <summary>Each refused document gets one clear error that names the file, and the line where there is one.</summary>
public sealed class ErrorMessageTests
{
    private const string Legacy =
        "the text is not UTF-8; it looks like a legacy 8-bit Vietnamese encoding (TCVN3/ABC, VNI or Windows-1258). Convert it to Unicode (UTF-8) first.";

    [Theory]
    [InlineData(BadInput.Empty, "empty.txt: error: the file is empty")]
    [InlineData(BadInput.Binary, "scan.txt: error: the file is binary, not a text document")]
    [InlineData(BadInput.Tcvn3, "quang-ngai-04-tcvn3.txt:3: error: " + Legacy)]
    [InlineData(BadInput.Vni, "quang-ngai-04-vni.txt:3: error: " + Legacy)]
    [InlineData(BadInput.NoNumber, "quang-ngai-04-no-number.txt:3: error: \"abc\" is not a document number, and the header names no issuer")]
    [InlineData(BadInput.Truncated, "quang-ngai-04-truncated.txt:39: error: the document ends at line 39 without its organisation section (\"TỔ CHỨC THỰC HIỆN\"), recipients (\"Nơi nhận\") and signature; it looks truncated: use --allow-incomplete to import what could be read")]
    public async Task A_refused_document_is_reported_with_its_file_and_line(BadInput input, string expected)
    {
        using var scratch = new ScratchFolder();
        var bad = BadDocument.Write(scratch, input);

        var report = (await scratch.ImportAsync(bad)).Reports.Single();

        var errors = report.ToString().Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Equal([expected], errors);
    }

    [Fact]
    public async Task A_duplicate_number_with_other_content_is_refused_naming_the_number_and_the_first_file()
    {
        using var scratch = new ScratchFolder();
        await scratch.ImportSeedAsync();
        var corrected = BadDocument.Write(scratch, BadInput.DuplicateNumber);

        var report = (await scratch.ImportAsync(corrected)).Reports.Single();

        var errors = report.ToString().Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Equal(
            ["quang-ngai-04-corrected.txt: error: 04/KH-BCĐ (2022) is already imported from quang-ngai-04-KH-BCD-2022.txt with other content; use --replace to replace it"],
            errors);
    }

    [Fact]
    public void The_legacy_test_files_hold_the_seed_document_in_those_encodings()
    {
        var seed = File.ReadAllText(ScratchFolder.SeedDocument).Replace('“', '?').Replace('”', '?');

        var vni = Vni.Decode(LegacyText.ToVni(seed)).Normalize(NormalizationForm.FormC);
        var tcvn3 = Tcvn3.Decode(LegacyText.ToTcvn3(seed));

        Assert.Equal(seed, vni);

        // TCVN3 has no codes for capitals with tone marks: they come back small.
        Assert.Equal(seed.ToLowerInvariant(), tcvn3.ToLowerInvariant());
    }
}
