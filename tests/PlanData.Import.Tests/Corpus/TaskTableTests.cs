using PlanData.Import.Tests.Oracle;
using PlanData.Plans;
using PlanData.Seeding;

namespace PlanData.Import.Tests.Corpus;

/// <summary>
/// The Government's resolution 03/NQ-CP, the one whole document of the corpus: its programme
/// lists its tasks in a Markdown table (Phụ lục II), grouped under I.–VII., each with who leads,
/// who takes part and by when. Those tasks are the plan's items.
/// </summary>
public sealed class TaskTableTests
{
    private static readonly PlanFile _plan = Import();

    [Fact]
    public void Every_task_of_the_appendix_is_an_item_in_its_group()
    {
        Assert.Equal(140, _plan.Plan.Items.Count);
        Assert.Equal(Enumerable.Range(1, 140).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), _plan.Plan.Items.Select(i => i.Code));
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII"], _plan.Plan.Items.Select(i => i.Section!.Split('.')[0]).Distinct());
        Assert.StartsWith("Xây dựng, trình Thủ tướng Chính phủ ban hành và tổ chức triển khai chương trình tuyên truyền", _plan.Plan.Items[0].Title);
    }

    [Fact]
    public void A_task_split_over_two_rows_is_one_item()
    {
        // Row 108 of the table goes on in an unnumbered row below it.
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "chinhphu-03-NQ-CP-2025.txt"));
        var item = _plan.Plan.Items.Single(i => i.Code == "108");
        var row = Array.FindIndex(lines, l => l.StartsWith("| 108.", StringComparison.Ordinal)) + 1;

        Assert.Equal([row, row + 1], item.Lines);
        Assert.StartsWith("|  | (5) Ứng dụng dữ liệu dân cư", lines[row]);
        Assert.Contains("(5) Ứng dụng dữ liệu dân cư", item.Title);
        Assert.DoesNotContain(_plan.Plan.Items, i => i.Code.Length == 0);
    }

    [Fact]
    public void Deadlines_as_the_table_prints_them_are_read()
    {
        Assert.Equal((ScheduleKind.Month, new DateOnly(2025, 6, 30)), Schedule("1"));
        Assert.Equal((ScheduleKind.MonthRange, new DateOnly(2026, 12, 31)), Schedule("47"));
        Assert.Equal(ScheduleKind.Recurring, _plan.Plan.Items.Single(i => i.Code == "140").Schedule.Kind);
    }

    [Fact]
    public void Each_task_names_who_leads_it()
    {
        Assert.All(_plan.Plan.Items, i => Assert.Contains(i.Assignments, a => a.Role == AssignmentRole.Lead));
        Assert.Contains(_plan.Plan.Items.Single(i => i.Code == "140").Assignments, a => a is { Role: AssignmentRole.Lead, Agency: "viet-nam/bo-khcn" });
    }

    private static (ScheduleKind, DateOnly?) Schedule(string code) =>
        _plan.Plan.Items.Single(i => i.Code == code).Schedule is var s ? (s.Kind, s.End) : default;

    private static PlanFile Import()
    {
        var path = Path.Combine(Repository.Root, "tests", "PlanData.Import.Tests", "Corpus", "documents", "chinhphu-03-NQ-CP-2025.txt");
        var result = DocumentReader.Read(path, Repository.Registry, allowIncomplete: true);
        return result.Plan ?? throw new InvalidOperationException(result.Report.ToString());
    }
}
