using System.Text.Json;
using PlanData.Import.Assembly;
using PlanData.Import.Tests.Oracle;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Corpus;

/// <summary>
/// The Government's resolution 03/NQ-CP lists its targets in a Markdown table (Phụ lục I: TT | Chỉ tiêu | Đơn vị |
/// Kết quả | Cơ quan chủ trì theo dõi, đánh giá), grouped "Đến năm 2030" and "Đến năm 2045". Its rows are the plan's
/// indicators, as a person read them (expected/chinhphu-03-NQ-CP-2025.json, "indicatorTable"); the rows that state
/// no number are reported.
/// </summary>
public sealed class IndicatorTableTests
{
    private const string Name = "chinhphu-03-NQ-CP-2025";

    private static readonly JsonElement _expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "tests", "PlanData.Import.Tests", "Corpus", "expected", Name + ".json"))).RootElement.GetProperty("indicatorTable");

    private static readonly ImportResult _result = DocumentReader.Read(Path.Combine(Repository.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", Name + ".txt"), Repository.Registry, allowIncomplete: true);

    private static IReadOnlyList<IndicatorEntry> Indicators => (_result.Plan ?? throw new InvalidOperationException(_result.Report.ToString())).Plan.Indicators;

    private static IEnumerable<JsonElement> Expected => _expected.GetProperty("indicators").EnumerateArray();

    [Fact]
    public void Every_numeric_row_is_an_indicator_in_table_order()
    {
        Assert.Equal(_expected.GetProperty("count").GetInt32(), Indicators.Count);
        Assert.Equal(54, Indicators.Count);
        Assert.Equal(Expected.Select(e => e.GetProperty("code").GetString()), Indicators.Select(i => i.Code));
        Assert.Equal(_result.Report.Counts["indicators"], Indicators.Count);
    }

    [Fact]
    public void Each_indicator_has_the_name_target_unit_scope_and_year_read_by_eye()
    {
        Assert.Equal(
            Expected.Select(e => Show(
                e.GetProperty("code").GetString()!,
                e.GetProperty("name").GetString()!,
                e.GetProperty("comparator").GetString()!,
                e.GetProperty("value").GetDouble(),
                e.GetProperty("upper") is { ValueKind: JsonValueKind.Number } upper ? upper.GetDouble() : null,
                e.GetProperty("unit").GetString()!,
                e.GetProperty("scope").GetString(),
                e.GetProperty("year").GetInt32(),
                e.GetProperty("targetText").GetString())),
            Indicators.Select(i => Show(i.Code, i.Name, JsonSerializer.Serialize(i.Comparator, SeedJson.Options).Trim('"'), i.TargetValue, i.UpperValue, i.Unit, i.Scope, i.Year, i.TargetText)));
        Assert.All(Indicators, i => Assert.Equal((null, null, null, null), (i.Population, i.OutOf, i.Item, i.Task)));
    }

    [Fact]
    public void The_monitoring_column_gives_each_indicators_agencies_in_order()
    {
        Assert.Equal(
            Expected.Select(e => string.Join(", ", e.GetProperty("monitoredBy").EnumerateArray().Select(a => a.GetString()))),
            Indicators.Select(i => string.Join(", ", i.MonitoredBy ?? [])));

        // "Bộ Công an, Bộ Thông tin và Truyền thông và các bộ, ngành": two ministries and a collective the registry lacks,
        // made (and reported) where Phụ lục II first names it, and the same agency here.
        var collective = Assert.Single(_result.NewAgencies, a => a.Code == "viet-nam/cac-bo-nganh");
        Assert.True(collective.IsCollective);
        Assert.Contains(_result.Report.Messages, m => m is { Code: "unknown-agency", Text: "các bộ, ngành" });
    }

    [Fact]
    public void The_source_text_is_the_row_as_printed_and_the_target_text_its_result_cell()
    {
        Assert.All(Expected.Zip(Indicators), pair =>
        {
            var (expected, indicator) = pair;
            var printed = $"{expected.GetProperty("row").GetString()} | {indicator.Name} | {indicator.Unit} | {indicator.TargetText} | ";
            Assert.StartsWith(printed, indicator.SourceText, StringComparison.Ordinal);
        });
        Assert.Equal("29 | Hình thành các Trung tâm dữ liệu quốc gia | Trung tâm dữ liệu quốc gia | ≥ 03 | Bộ Công an, Bộ Thông tin và Truyền thông và các bộ, ngành", Indicators.Single(i => i.Code == "phu-luc-i-29").SourceText);
    }

    [Fact]
    public void A_row_that_states_no_number_is_reported_once_and_not_counted_as_mapped()
    {
        var rows = _expected.GetProperty("notIndicators").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()).ToList();

        Assert.Equal([325, 326, 327, 335, 359], rows);
        Assert.Equal(rows, _result.Report.Messages.Where(m => m.Code == IndicatorTableAssembler.Unmeasured).Select(m => m.Line!.Value));
        Assert.All(_result.Report.Messages.Where(m => m.Code == IndicatorTableAssembler.Unmeasured), m => Assert.StartsWith(_expected.GetProperty("notIndicators").EnumerateArray().Single(r => r.GetProperty("line").GetInt32() == m.Line).GetProperty("row").GetString() + " | ", m.Text));
        Assert.DoesNotContain(_result.Report.Messages, m => m.Code == "unmapped-line" && rows.Contains(m.Line!.Value));
    }

    [Fact]
    public void The_header_its_rule_the_groups_and_every_indicator_row_are_mapped()
    {
        var header = _expected.GetProperty("header").GetInt32();
        var unmapped = _result.Report.Messages.Where(m => m.Code is "unmapped-line" or IndicatorTableAssembler.Unmeasured).Select(m => m.Line!.Value).ToHashSet();
        var rows = Expected.Select(e => e.GetProperty("line").GetInt32())
            .Concat(_expected.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("line").GetInt32()))
            .Concat([header, header + 1]);

        Assert.All(rows, line => Assert.DoesNotContain(line, unmapped));

        // Every non-empty line is mapped or reported, and none twice.
        var plan = _result.Plan!;
        Assert.Equal(_result.Report.MappedLineCount, plan.Source.MappedLineCount);
        Assert.Equal(plan.Source.LineCount, plan.Source.MappedLineCount + _result.Report.Messages.Count(m => m.Code is "unmapped-line" or IndicatorTableAssembler.Unmeasured));
    }

    private static string Show(string code, string name, string comparator, double value, double? upper, string unit, string? scope, int? year, string? targetText) =>
        $"{code}: {name} | {comparator} {value}{(upper is { } u ? $"..{u}" : "")} {unit}{(scope is null ? "" : $" ({scope})")} in {year} [{targetText}]";
}
