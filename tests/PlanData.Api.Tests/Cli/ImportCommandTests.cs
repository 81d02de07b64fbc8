using System.Text.Json.Nodes;
using PlanData.Api.Cli;
using PlanData.Api.Tests.Infrastructure;

namespace PlanData.Api.Tests.Cli;

/// <summary>`import FILE... [--db PATH] [--replace] [--allow-incomplete] [--json]` as a user runs it.</summary>
[Trait("Database", TestDatabase.SqliteFileTrait)]
[Collection(ApiCollection.Name)]
public sealed class ImportCommandTests(PlanDataApiFactory api)
{
    private const string SeedReport =
        "quang-ngai-04-KH-BCD-2022.txt (04/KH-BCĐ): 11 items, 37 assignments, 4 citations, 3 indicators, 4 responsibilities, 3 reporting deadlines, 13 recipients, 23 sections, 0 footnotes, 0 appendix references; 89/89 lines mapped";

    [Fact]
    public async Task Import_prints_the_report_with_counts_and_mapped_lines_and_exits_0()
    {
        using var scratch = new CliScratch();

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db", scratch.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([SeedReport, ""], run.Output.Split('\n'));
        Assert.Equal($"imported into {scratch.DatabasePath}\n", run.Errors);
        Assert.Equal(["plan.sqlite"], Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Json_prints_one_json_document_with_the_counts()
    {
        using var scratch = new CliScratch();

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db", scratch.DatabasePath, "--json");

        Assert.Equal(0, run.ExitCode);
        var report = Assert.Single(JsonNode.Parse(run.Output)!.AsArray())!;
        Assert.Equal("quang-ngai-04-KH-BCD-2022.txt", (string?)report["file"]);
        Assert.Equal("04/KH-BCĐ", (string?)report["number"]);
        Assert.Equal(11, (int?)report["counts"]!["items"]);
        Assert.Equal(37, (int?)report["counts"]!["assignments"]);
        Assert.Equal(4, (int?)report["counts"]!["citations"]);
        Assert.Equal(3, (int?)report["counts"]!["indicators"]);
        Assert.Equal(89, (int?)report["lineCount"]);
        Assert.Equal(89, (int?)report["mappedLineCount"]);
    }

    [Fact]
    public async Task Json_for_several_files_is_still_one_json_document()
    {
        using var scratch = new CliScratch();

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, CliScratch.Fixture("quang-ngai-15-KH-UBND-2023.txt"), "--db", scratch.DatabasePath, "--json");

        Assert.Equal(0, run.ExitCode);
        var reports = JsonNode.Parse(run.Output)!.AsArray();
        Assert.Equal(["04/KH-BCĐ", "15/KH-UBND"], reports.Select(r => (string?)r!["number"]));
    }

    [Fact]
    public async Task A_bad_file_exits_1_says_nothing_was_imported_and_leaves_the_database_unchanged()
    {
        using var scratch = new CliScratch();
        Assert.Equal(0, (await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db", scratch.DatabasePath)).ExitCode);
        var bad = scratch.Write("no-number.txt", File.ReadAllText(CliScratch.SeedDocument).Replace("Số: 04 /KH-BCĐ", "Số: abc", StringComparison.Ordinal));
        var before = scratch.DatabaseState();

        var run = await CliScratch.RunAsync(api.Services, CliScratch.Fixture("quang-ngai-15-KH-UBND-2023.txt"), bad, "--db", scratch.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-number.txt:3: error: \"abc\" is not a document number, and the header names no issuer\n", run.Output);
        Assert.Equal($"nothing was imported: {scratch.DatabasePath} is unchanged\n", run.Errors);
        Assert.Equal(before, scratch.DatabaseState());
    }

    [Fact]
    public async Task A_bad_file_against_a_missing_database_creates_none()
    {
        using var scratch = new CliScratch();
        var empty = scratch.Write("empty.txt", "");

        var run = await CliScratch.RunAsync(api.Services, empty, "--db", scratch.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: error: the file is empty\n", run.Output);
        Assert.Contains("nothing was imported", run.Errors);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder));
    }

    [Theory]
    [InlineData]
    [InlineData("--json")]
    [InlineData("--db", "plan.sqlite", "--replace")]
    public async Task No_files_prints_the_usage_and_exits_2(params string[] arguments)
    {
        var run = await CliScratch.RunAsync(api.Services, arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(ImportCommand.Usage + "\n", run.Errors);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task An_unknown_option_is_named_and_exits_2()
    {
        using var scratch = new CliScratch();

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db", scratch.DatabasePath, "--force");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"unknown option --force\n{ImportCommand.Usage}\n", run.Errors);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder));
    }

    [Fact]
    public async Task Db_without_a_path_says_so_and_exits_2()
    {
        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"option --db needs a path\n{ImportCommand.Usage}\n", run.Errors);
    }

    [Fact]
    public async Task A_missing_file_is_named_and_exits_1_before_anything_is_imported()
    {
        using var scratch = new CliScratch();
        var missing = Path.Combine(scratch.Inputs, "no-such-plan.txt");

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, missing, "--db", scratch.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{missing}: no such file\n", run.Errors);
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.DatabaseFolder));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_exit_1_and_left_alone()
    {
        using var scratch = new CliScratch();
        File.WriteAllText(scratch.DatabasePath, "not a database\n");
        var before = scratch.DatabaseState();

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db", scratch.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{scratch.DatabasePath}: cannot import into this file: ", run.Errors);
        Assert.EndsWith($"nothing was imported: {scratch.DatabasePath} is unchanged\n", run.Errors);
        Assert.Equal(before, scratch.DatabaseState());
    }

    [Fact]
    public async Task A_folder_given_as_the_database_is_refused_with_exit_1_and_left_alone()
    {
        using var scratch = new CliScratch();
        Directory.CreateDirectory(scratch.DatabasePath);
        var before = scratch.DatabaseState();

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db", scratch.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{scratch.DatabasePath}: cannot import into this file: ", run.Errors);
        Assert.EndsWith($"nothing was imported: {scratch.DatabasePath} is unchanged\n", run.Errors);
        Assert.Equal(before, scratch.DatabaseState());
        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.DatabasePath));
    }

    [Fact]
    public async Task Without_db_the_configured_database_is_used()
    {
        var before = CliScratch.Sha256(api.DatabasePath);

        var run = await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: 04/KH-BCĐ is already imported from the same file; nothing changed", run.Output);
        Assert.Equal($"imported into {api.DatabasePath}\n", run.Errors);
        Assert.Equal(before, CliScratch.Sha256(api.DatabasePath));
    }

    [Fact]
    public async Task Replace_lets_a_corrected_copy_take_the_place_of_the_first()
    {
        using var scratch = new CliScratch();
        Assert.Equal(0, (await CliScratch.RunAsync(api.Services, CliScratch.SeedDocument, "--db", scratch.DatabasePath)).ExitCode);
        var corrected = scratch.Write("corrected.txt", File.ReadAllText(CliScratch.SeedDocument).Replace("- Thời gian: Tháng 9/2022.", "- Thời gian: Tháng 10/2022.", StringComparison.Ordinal));

        var refused = await CliScratch.RunAsync(api.Services, corrected, "--db", scratch.DatabasePath);
        var replaced = await CliScratch.RunAsync(api.Services, corrected, "--db", scratch.DatabasePath, "--replace");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("use --replace to replace it", refused.Output);
        Assert.Equal(0, replaced.ExitCode);
        Assert.StartsWith("corrected.txt (04/KH-BCĐ): 11 items", replaced.Output);
    }

    [Fact]
    public async Task Allow_incomplete_imports_a_truncated_copy_that_is_refused_without_it()
    {
        using var scratch = new CliScratch();
        var truncated = scratch.Write("truncated.txt", string.Join('\n', File.ReadAllText(CliScratch.SeedDocument).Split('\n').Take(40)));

        var refused = await CliScratch.RunAsync(api.Services, truncated, "--db", scratch.DatabasePath);
        var allowed = await CliScratch.RunAsync(api.Services, truncated, "--db", scratch.DatabasePath, "--allow-incomplete");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("truncated.txt:39: error: the document ends at line 39", refused.Output);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("truncated.txt:39: warning: the document ends at line 39", allowed.Output);
    }
}
