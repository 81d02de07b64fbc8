using PlanData.Import.Agencies;
using PlanData.Import.Normalization;
using PlanData.Import.Reports;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>What the assembly steps of one document share: the registry, the report, and which lines became data.</summary>
public sealed class ImportContext(IReadOnlyList<string> rawLines, AgencyResolver agencies, ImportReport report, string jurisdiction, int year)
{
    public IReadOnlyList<string> RawLines { get; } = rawLines;

    public AgencyResolver Agencies { get; } = agencies;

    public ImportReport Report { get; } = report;

    public string Jurisdiction { get; } = jurisdiction;

    public int Year { get; } = year;

    public HashSet<int> Mapped { get; } = [];

    /// <summary>Source lines that became no data but that a reader reported with a finding of its own: the coverage does not report them again.</summary>
    public HashSet<int> Reported { get; } = [];

    public List<ReferenceEntry> References { get; } = [];

    public List<IndicatorEntry> Indicators { get; } = [];

    public void Map(SourceLine line)
    {
        foreach (var number in line.Lines)
        {
            Mapped.Add(number);
        }
    }

    public void Map(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            Map(line);
        }
    }

    /// <summary>Reports a line no field takes with its own finding, so that it is reported once.</summary>
    public void ReportUnread(SourceLine line, string code, string message, string text)
    {
        Report.Warn(code, line.First, message, text);
        Reported.UnionWith(line.Lines);
    }

    /// <summary><paramref name="code"/>, or with "-2", "-3", ... when an indicator of the plan has it already.</summary>
    public string UniqueIndicatorCode(string code)
    {
        var unique = code;
        for (var n = 2; Indicators.Any(i => i.Code == unique); n++)
        {
            unique = $"{code}-{n}";
        }

        return unique;
    }

    /// <summary>The source lines first..last exactly as in the file.</summary>
    public string Slice(int first, int last) => string.Join("\n", RawLines.Skip(first - 1).Take(last - first + 1));

    /// <summary>Agencies named in a list; the new ones are reported with their line.</summary>
    public IReadOnlyList<AgencyMention> ReadAgencies(string text, int line)
    {
        var mentions = Agencies.ReadList(text);
        foreach (var mention in mentions.Where(m => m.IsNew))
        {
            Report.Warn("unknown-agency", line, $"agency not in the registry, created as {mention.Agency.Code}", mention.Printed);
        }

        return mentions;
    }
}
