using Microsoft.EntityFrameworkCore;
using PlanData.Import.Database;
using PlanData.Import.Tests.Database;
using PlanData.Import.Tests.Oracle;

namespace PlanData.Import.Tests.Indicators;

/// <summary>A table indicator's range, scope, result text and monitoring agencies reach the database, and a corrected copy replaces them.</summary>
public sealed class IndicatorTableStorageTests
{
    private static readonly string _document = Path.Combine(Repository.Root, "tests", "PlanData.Import.Tests", "Indicators", "binh-dinh-245-KH-UBND-2024.txt");

    [Fact]
    public async Task The_new_fields_and_the_monitors_are_stored_in_order()
    {
        using var scratch = new ScratchFolder();

        var outcome = await scratch.ImportAsync(_document);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Equal(
            ["chi-tieu-4 15..20 [15 - 20] binh-dinh/so-khdt, binh-dinh/cuc-thong-ke-tinh", "chi-tieu-6 (cả nước) [≤ 20 cả nước] binh-dinh/so-tttt"],
            await StoredAsync(scratch, "chi-tieu-4", "chi-tieu-6"));
    }

    [Fact]
    public async Task With_replace_the_corrected_monitors_replace_the_old_ones()
    {
        using var scratch = new ScratchFolder();
        Assert.True((await scratch.ImportAsync(_document)).Succeeded);
        var corrected = scratch.Write("binh-dinh-corrected.txt", File.ReadAllText(_document).Replace("| Sở Kế hoạch và Đầu tư; Cục Thống kê tỉnh |", "| Cục Thống kê tỉnh |", StringComparison.Ordinal));

        var outcome = await scratch.ImportAsync(new ImportOptions(Replace: true), corrected);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Reports));
        Assert.Equal(["chi-tieu-4 15..20 [15 - 20] binh-dinh/cuc-thong-ke-tinh"], await StoredAsync(scratch, "chi-tieu-4"));
        using var db = scratch.Open();
        Assert.Equal(7, await db.IndicatorMonitors.CountAsync());
    }

    private static async Task<List<string>> StoredAsync(ScratchFolder scratch, params string[] codes)
    {
        using var db = scratch.Open();
        var indicators = await db.Indicators.Where(i => codes.Contains(i.Code)).Include(i => i.Monitors).ThenInclude(m => m.Agency).OrderBy(i => i.Position).ToListAsync();
        return [.. indicators.Select(i =>
            $"{i.Code} {(i.UpperValue is { } upper ? $"{i.TargetValue}..{upper}" : $"({i.Scope})")} [{i.TargetText}] {string.Join(", ", i.Monitors.OrderBy(m => m.Position).Select(m => m.Agency!.Code))}")];
    }
}
