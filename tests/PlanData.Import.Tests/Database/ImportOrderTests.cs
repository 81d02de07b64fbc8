namespace PlanData.Import.Tests.Database;

/// <summary>What the database says about a plan does not depend on which document was imported first.</summary>
public sealed class ImportOrderTests
{
    private const string Citation =
        "Thực hiện Kế hoạch số 04/KH-BCĐ ngày 10/3/2022 của Ban Chỉ đạo chuyển đổi số tỉnh về hoạt động năm 2022 của Ban Chỉ đạo;";

    [Fact]
    public async Task A_plan_cited_before_it_is_imported_is_described_by_its_own_text()
    {
        using var importedFirst = new ScratchFolder();
        Assert.True((await importedFirst.ImportAsync(ScratchFolder.SeedDocument, WriteCitingPlan(importedFirst))).Succeeded);
        var expected = Document(importedFirst);
        using var citedFirst = new ScratchFolder();
        Assert.True((await citedFirst.ImportAsync(WriteCitingPlan(citedFirst))).Succeeded);
        var cited = Document(citedFirst);

        Assert.True((await citedFirst.ImportAsync(ScratchFolder.SeedDocument)).Succeeded);

        Assert.Contains("Summary=Hoạt động của Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi năm 2022 |", expected);
        Assert.NotEqual(expected, cited);
        Assert.Equal(expected, Document(citedFirst));
    }

    /// <summary>Fixture 15 with a citation of the seed plan in its preamble.</summary>
    private static string WriteCitingPlan(ScratchFolder scratch)
    {
        var text = File.ReadAllText(ScratchFolder.Fixture(ScratchFolder.Fixture15));
        var citing = text.Replace("\nThực hiện Nghị quyết số 13-NQ/TU", $"\n{Citation}\n\nThực hiện Nghị quyết số 13-NQ/TU", StringComparison.Ordinal);
        Assert.NotEqual(text, citing);
        return scratch.Write("quang-ngai-15-citing-04.txt", citing);
    }

    private static string Document(ScratchFolder scratch) =>
        Assert.Single(scratch.Rows("SELECT * FROM Documents WHERE Key = 'quang-ngai:2022:4/KH-BCĐ'", column: c => c != "Id"));
}
