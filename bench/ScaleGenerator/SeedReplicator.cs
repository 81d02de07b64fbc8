using System.Globalization;
using PlanData.Seeding;

namespace PlanData.Bench;

/// <summary>
/// Derives a province's copy of the seed plan from its structured form, the way the peers'
/// make-db.mjs does: the province's name for the seed's, its own agencies
/// (<c>&lt;province-slug&gt;/&lt;agency-slug&gt;</c>), the number <c>04/KH-BCĐ-&lt;n&gt;</c>, and the year
/// moved to 2022..2026 with the plan's dates and the years in its texts shifted to match.
/// National agencies and documents stay shared.
/// </summary>
public sealed class SeedReplicator
{
    private readonly PlanFile _seed;
    private readonly JurisdictionEntry _jurisdiction;
    private readonly IReadOnlyList<AgencyEntry> _agencies;
    private readonly HashSet<string> _registered;

    public SeedReplicator(PlanFile seed, AgencyRegistryFile registry)
    {
        _seed = seed;
        _jurisdiction = registry.Jurisdictions.Single(j => j.Code == seed.Plan.Jurisdiction);
        _agencies = [.. registry.Agencies.Where(a => a.Jurisdiction == _jurisdiction.Code)];
        _registered = [.. registry.Jurisdictions.Select(j => j.Code)];
    }

    public Replica Make(Province province)
    {
        // A fictitious name can be a real province's (Hà Nam, Long An): its code must not be that province's.
        if (_registered.Contains(province.Slug))
        {
            province = province with { Slug = province.Slug + "-replica" };
        }

        var map = new ReplicaMapping(_jurisdiction, _seed.Plan.Year ?? 0, province);
        var jurisdiction = _jurisdiction with { Code = province.Slug, Name = province.Name, Note = null, Sources = [] };
        var agencies = _agencies.Select(a => a with
        {
            Code = map.Agency(a.Code),
            Name = map.Text(a.Name),
            ShortName = map.Text(a.ShortName),
            Aliases = [.. a.Aliases.Select(t => map.Text(t))],
            Jurisdiction = province.Slug,
            Parent = map.Agency(a.Parent),
            Successor = map.Agency(a.Successor),
        }).ToList();

        var suffix = "-" + province.Index.ToString(CultureInfo.InvariantCulture);
        var document = map.Document(_seed.Document) with
        {
            Number = _seed.Document.Number + suffix,
            Printed = _seed.Document.Printed + suffix,
            Symbol = _seed.Document.Symbol + suffix,
        };
        var plan = _seed.Plan;
        var file = new PlanFile(
            _seed.Source with { FileName = $"synthetic/{province.Slug}.txt" },
            document,
            plan with
            {
                Title = map.Text(plan.Title),
                Year = plan.Year is { } year ? map.Year(year) : null,
                IssuedOn = map.Date(plan.IssuedOn),
                IssuedAt = map.Text(plan.IssuedAt),
                Jurisdiction = province.Slug,
                Issuer = map.Agency(plan.Issuer),
                Purposes = [.. plan.Purposes.Select(t => map.Text(t))],
                Items = [.. plan.Items.Select(i => i with
                {
                    Section = map.Text(i.Section),
                    Title = map.Text(i.Title),
                    Content = map.Text(i.Content),
                    Objective = map.Text(i.Objective),
                    Schedule = i.Schedule with { Text = map.Text(i.Schedule.Text), Start = map.Date(i.Schedule.Start), End = map.Date(i.Schedule.End) },
                    Assignments = [.. i.Assignments.Select(a => a with { Agency = map.Agency(a.Agency) })],
                    Tasks = [.. i.Tasks.Select(t => t with { Text = map.Text(t.Text) })],
                    SourceText = map.Text(i.SourceText),
                })],
                Indicators = [.. plan.Indicators.Select(i => i with
                {
                    Name = map.Text(i.Name),
                    Population = map.Text(i.Population),
                    Year = i.Year is { } year ? map.Year(year) : null,
                    SourceText = map.Text(i.SourceText),
                })],
                References = [.. plan.References.Select(r => r with { To = map.Document(r.To), Context = map.Text(r.Context) })],
                Responsibilities = [.. plan.Responsibilities.Select(r => r with { Agency = map.Agency(r.Agency), Duties = [.. r.Duties.Select(t => map.Text(t))] })],
                ReportingDeadlines = [.. plan.ReportingDeadlines.Select(d => d with
                {
                    Reporter = map.Agency(d.Reporter),
                    ReportTo = map.Agency(d.ReportTo),
                    DueBy = map.Date(d.DueBy),
                    Description = map.Text(d.Description),
                })],
                Recipients = [.. plan.Recipients.Select(r => r with { Agency = map.Agency(r.Agency), Text = map.Text(r.Text) })],
            });
        return new Replica(jurisdiction, agencies, file);
    }
}
