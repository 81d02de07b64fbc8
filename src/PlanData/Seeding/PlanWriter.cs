using Microsoft.EntityFrameworkCore;
using PlanData.Agencies;
using PlanData.Documents;
using PlanData.Indicators;
using PlanData.Plans;
using PlanData.Storage;

namespace PlanData.Seeding;

/// <summary>Adds one structured plan document to the database, reusing documents cited before.</summary>
public sealed class PlanWriter(PlanDataContext db)
{
    // Agencies must be saved before a plan is written: the writer refers to them by code.
    private readonly Dictionary<string, Agency> _agencies = db.Agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public async Task<Plan> AddAsync(PlanFile file, CancellationToken cancellationToken = default)
    {
        var entry = file.Plan;
        var document = await DocumentAsync(file.Document, cancellationToken);

        // The document itself is the authority on its own facts: they replace what a citation of it
        // said, or what the copy it replaces (import --replace) said.
        document.Number = file.Document.Number;
        document.NumberKey = DocumentNumbers.LookupKey(file.Document.Number);
        document.PrintedNumber = file.Document.Printed;
        document.Serial = file.Document.Serial;
        document.KindCode = file.Document.KindCode;
        document.Issuer = file.Document.Issuer is null ? null : Agency(file.Document.Issuer);
        document.IssuedOn = file.Document.IssuedOn;
        document.Year = file.Document.Year;
        document.Summary = file.Document.Summary;
        var plan = new Plan
        {
            Key = document.Key,
            Document = document,
            Number = document.Number,
            Title = entry.Title,
            Year = entry.Year,
            IssuedOn = entry.IssuedOn,
            IssuedAt = entry.IssuedAt,
            JurisdictionCode = entry.Jurisdiction,
            Issuer = Agency(entry.Issuer),
            Signature = entry.Signature is { } s ? new Signature { Name = s.Name, Position = s.Position, Capacity = s.Capacity } : null,
            Purposes = [.. entry.Purposes],
            Source = new SourceDocument
            {
                FileName = file.Source.FileName,
                Sha256 = file.Source.Sha256,
                LineCount = file.Source.LineCount,
                MappedLineCount = file.Source.MappedLineCount,
                Format = file.Source.Format,
                OcrConfidence = file.Source.OcrConfidence,
            },
            IsComplete = entry.Missing is not { Count: > 0 },
            Missing = [.. entry.Missing ?? []],
        };

        plan.Items.AddRange(entry.Items.Select(i => Item(plan, i)));
        plan.Indicators.AddRange(entry.Indicators.Select((i, n) => Indicator(plan, i, n + 1)));
        plan.Responsibilities.AddRange(entry.Responsibilities.Select((r, n) => new Responsibility
        {
            Agency = Agency(r.Agency),
            Position = n + 1,
            Duties = [.. r.Duties],
        }));
        plan.ReportingDeadlines.AddRange(entry.ReportingDeadlines.Select((d, n) => new ReportingDeadline
        {
            Reporter = Agency(d.Reporter),
            ReportTo = d.ReportTo is null ? null : Agency(d.ReportTo),
            DueBy = d.DueBy,
            Description = d.Description,
            Position = n + 1,
            Line = d.Line,
        }));
        plan.Recipients.AddRange(entry.Recipients.Select((r, n) => new Recipient
        {
            Agency = r.Agency is null ? null : Agency(r.Agency),
            Text = r.Text,
            Purpose = r.Purpose,
            Position = n + 1,
            Line = r.Line,
        }));
        plan.Sections.AddRange(entry.Sections.Select((s, n) => new PlanSection
        {
            Path = s.Path,
            ParentPath = s.ParentPath,
            Depth = s.Depth,
            Kind = s.Kind,
            Label = s.Label,
            Heading = s.Heading,
            Paragraphs = [.. s.Paragraphs],
            Position = n + 1,
            FirstLine = s.FirstLine,
            LastLine = s.LastLine,
        }));
        plan.Footnotes.AddRange(entry.Footnotes.Select((f, n) => new Footnote
        {
            Marker = f.Marker,
            SectionPath = f.SectionPath,
            Line = f.Line,
            Context = f.Context,
            Text = f.Text,
            TextLine = f.TextLine,
            Position = n + 1,
        }));
        plan.AppendixReferences.AddRange(entry.AppendixReferences.Select((a, n) => new AppendixReference
        {
            Appendix = a.Appendix,
            SectionPath = a.SectionPath,
            Line = a.Line,
            Context = a.Context,
            AppendixPath = a.AppendixPath,
            Position = n + 1,
        }));
        db.Plans.Add(plan);

        var position = 0;
        foreach (var reference in entry.References)
        {
            db.References.Add(new DocumentReference
            {
                From = document,
                To = await DocumentAsync(reference.To, cancellationToken),
                Relation = reference.Relation,
                PlanItem = reference.Item is { } number ? plan.Items.Single(i => i.Number == number) : null,
                Position = ++position,
                Context = reference.Context,
                Line = reference.Line,
            });
        }

        return plan;
    }

    private PlanItem Item(Plan plan, ItemEntry entry)
    {
        var item = new PlanItem
        {
            Key = NaturalKeys.PlanItem(plan.Key, entry.Code),
            Plan = plan,
            Number = entry.Number,
            Code = entry.Code,
            Section = entry.Section,
            Title = entry.Title,
            Content = entry.Content,
            Objective = entry.Objective,
            Schedule = new Schedule { Text = entry.Schedule.Text, Kind = entry.Schedule.Kind, Start = entry.Schedule.Start, End = entry.Schedule.End },
            CompletedAtIssue = entry.CompletedAtIssue,
            SourceText = entry.SourceText,
            FirstLine = entry.Lines[0],
            LastLine = entry.Lines[^1],
        };
        item.Assignments.AddRange(entry.Assignments.Select((a, n) => new Assignment
        {
            Agency = Agency(a.Agency),
            Role = a.Role,
            Label = a.Label,
            Position = n + 1,
        }));
        item.LeadAgency = (item.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Lead)
            ?? item.Assignments.FirstOrDefault(a => a.Role == AssignmentRole.Advisory))?.Agency;
        item.Tasks.AddRange(entry.Tasks.Select(t => new PlanTask { Number = t.Number, Text = t.Text }));
        return item;
    }

    private Indicator Indicator(Plan plan, IndicatorEntry entry, int position)
    {
        var item = entry.Item is { } number ? plan.Items.Single(i => i.Number == number) : null;
        return new Indicator
        {
            Key = NaturalKeys.Indicator(plan.Key, entry.Code),
            Code = entry.Code,
            Name = entry.Name,
            Population = entry.Population,
            Comparator = entry.Comparator,
            TargetValue = entry.TargetValue,
            Unit = entry.Unit,
            Year = entry.Year,
            Plan = plan,
            PlanItem = item,
            PlanTask = entry.Task is { } task && item is not null ? item.Tasks.Single(t => t.Number == task) : null,
            Position = position,
            OutOf = entry.OutOf,
            UpperValue = entry.UpperValue,
            Scope = entry.Scope,
            SourceText = entry.SourceText,
            TargetText = entry.TargetText,
            Monitors = [.. (entry.MonitoredBy ?? []).Select((code, n) => new IndicatorMonitor { Agency = Agency(code), Position = n + 1 })],
        };
    }

    private async Task<LegalDocument> DocumentAsync(DocumentEntry entry, CancellationToken cancellationToken)
    {
        var key = NaturalKeys.Document(entry);
        var document = db.Documents.Local.FirstOrDefault(d => d.Key == key)
            ?? await db.Documents.FirstOrDefaultAsync(d => d.Key == key, cancellationToken);
        if (document is null)
        {
            document = new LegalDocument { Key = key, Number = entry.Number, NumberKey = DocumentNumbers.LookupKey(entry.Number), PrintedNumber = entry.Printed, Symbol = entry.Symbol, KindCode = entry.KindCode, JurisdictionCode = entry.Jurisdiction };
            db.Documents.Add(document);
        }

        // A later, fuller mention (the plan itself after a citation of it) fills what was unknown.
        document.Serial ??= entry.Serial;
        document.Kind = entry.Kind;
        document.Issuer ??= entry.Issuer is null ? null : Agency(entry.Issuer);
        document.IssuedOn ??= entry.IssuedOn;
        document.Year ??= entry.Year;
        document.Summary ??= entry.Summary;
        return document;
    }

    private Agency Agency(string code) =>
        _agencies.TryGetValue(code, out var agency)
            ? agency
            : throw new InvalidDataException($"unknown agency code {code}: add it to seed/agencies.json.");
}
