using System.Text.RegularExpressions;
using PlanData.Import.Agencies;
using PlanData.Import.Dates;
using PlanData.Import.Normalization;
using PlanData.Import.Structure;
using PlanData.Seeding;

namespace PlanData.Import.Assembly;

/// <summary>
/// Section III (TỔ CHỨC THỰC HIỆN): numbered headings name agencies ("Giao Sở ...", "Các thành viên
/// ... và các địa phương chịu trách nhiệm"), bullets under them are their duties, and a closing
/// "Yêu cầu A, B ..." adds a duty for each agency it names. Duties that set a date for a report
/// become reporting deadlines.
/// </summary>
public static partial class OrganisationAssembler
{
    public static (IReadOnlyList<ResponsibilityEntry> Responsibilities, IReadOnlyList<ReportingDeadlineEntry> Deadlines) Assemble(ImportContext context, IReadOnlyList<SourceLine> body)
    {
        var responsibilities = new List<Draft>();
        var deadlines = new List<ReportingDeadlineEntry>();
        List<Draft> group = [];
        foreach (var line in body)
        {
            var text = line.Text;
            if (NumberedEntry.TryRead(text, out _, out var heading))
            {
                group = [.. context.ReadAgencies(Assignee().Replace(heading, ""), line.First).Select(m => DraftFor(responsibilities, m.Agency, line))];
                context.Map(line);
            }
            else if (FieldLabel.HasMarker(text) && group.Count > 0)
            {
                var duty = EndOfDocument(FieldLabel.WithoutMarker(text));
                foreach (var draft in group)
                {
                    draft.Duties.Add(duty);
                    draft.Last = line.Last;
                }

                deadlines.AddRange(Deadlines(context, group, duty, line));
                CitationAssembler.Read(context, duty, line.First, null);
                context.Map(line);
            }
            else if (Closing().Match(text) is { Success: true } closing)
            {
                var reading = context.Agencies.ReadLeading(closing.Groups["rest"].Value);
                var duty = Sentences.Capitalize(reading.Remainder.TrimEnd('.', '/', ' ')) + ".";
                foreach (var mention in reading.Agencies)
                {
                    var draft = DraftFor(responsibilities, mention.Agency, line);
                    draft.Duties.Add(duty);
                    draft.Last = line.Last;
                }

                if (reading.Agencies.Count > 0)
                {
                    context.Map(line);
                }
            }
        }

        return ([.. responsibilities.Select(r => new ResponsibilityEntry(r.Agency.Code, r.Duties, [r.First, r.Last]))], deadlines);
    }

    /// <summary>The closing "./." of a document's body is punctuation, not part of the duty.</summary>
    private static string EndOfDocument(string duty) => duty.EndsWith("./.", StringComparison.Ordinal) ? duty[..^2] : duty;

    private static Draft DraftFor(List<Draft> responsibilities, AgencyEntry agency, SourceLine line)
    {
        var draft = responsibilities.FirstOrDefault(r => r.Agency.Code == agency.Code);
        if (draft is null)
        {
            draft = new Draft(agency) { First = line.First, Last = line.Last };
            responsibilities.Add(draft);
        }

        return draft;
    }

    private static IEnumerable<ReportingDeadlineEntry> Deadlines(ImportContext context, List<Draft> group, string duty, SourceLine line)
    {
        var due = DueDate().Match(duty);
        if (!due.Success || !duty.Contains("báo cáo", StringComparison.OrdinalIgnoreCase) || VietnameseDates.FindAll(duty[due.Index..]) is not [var date, ..])
        {
            yield break;
        }

        var reportTo = ReportTo(context.Agencies, duty);
        foreach (var draft in group)
        {
            yield return new ReportingDeadlineEntry(draft.Agency.Code, reportTo?.Code, date.Date, duty, line.First);
        }
    }

    /// <summary>The addressee: after "gửi về", else right after a "báo cáo".</summary>
    private static AgencyEntry? ReportTo(AgencyResolver agencies, string duty)
    {
        foreach (var marker in new[] { "gửi về ", "báo cáo " })
        {
            for (var at = duty.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = duty.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (agencies.ReadLeading(duty[(at + marker.Length)..]).Agencies is [var first, ..] && !first.IsNew)
                {
                    return first.Agency;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(Giao cho|Giao)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Assignee();

    [GeneratedRegex(@"^Yêu cầu\s+(?<rest>.+)$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"trước\s+ngày", RegexOptions.IgnoreCase)]
    private static partial Regex DueDate();

    private sealed class Draft(AgencyEntry agency)
    {
        public AgencyEntry Agency { get; } = agency;

        public List<string> Duties { get; } = [];

        public int First { get; set; }

        public int Last { get; set; }
    }
}
