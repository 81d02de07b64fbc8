using Microsoft.EntityFrameworkCore;
using PlanData.Import.Reports;
using PlanData.Import.Sources;
using PlanData.Seeding;
using PlanData.Storage;

namespace PlanData.Import.Database;

/// <summary>
/// The part of an import that is the same on every database: the registry's missing agencies,
/// then each document read, checked against what is stored (same file: nothing to do; same
/// number, other content: refused or replaced) and written. The caller owns the unit of work.
/// </summary>
public static class DocumentImport
{
    /// <returns>Every report so far (the run stops at the first refused document) and whether anything changed.</returns>
    public static async Task<(List<ImportReport> Reports, bool Changed)> WriteAsync(PlanDataContext db, IReadOnlyList<string> files, AgencyRegistryFile registry, ImportOptions options, CancellationToken cancellationToken)
    {
        await AgencyRegistryWriter.AddMissingAsync(db, registry, cancellationToken);
        var reports = new List<ImportReport>();
        var changed = false;
        foreach (var file in files)
        {
            var report = await ImportFileAsync(db, file, registry, options, cancellationToken);
            reports.Add(report.Report);
            changed |= report.Changed;
            if (report.Report.HasErrors)
            {
                // One failed document fails the run: nothing of it reaches the database.
                return (reports, false);
            }
        }

        return (reports, changed);
    }

    private static async Task<(ImportReport Report, bool Changed)> ImportFileAsync(PlanDataContext db, string file, AgencyRegistryFile registry, ImportOptions options, CancellationToken cancellationToken)
    {
        ImportResult result;
        try
        {
            result = DocumentReader.Read(file, registry, options.AllowIncomplete);
        }
        catch (ImportException e)
        {
            var failed = new ImportReport(Path.GetFileName(file));
            // The report line already names the file and the line.
            failed.Fail("unreadable", e.Line, e.Reason);
            return (failed, false);
        }

        if (result.Plan is not { } plan)
        {
            return (result.Report, false);
        }

        var key = NaturalKeys.Document(plan.Document);
        var existing = await db.Plans.FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (existing is not null)
        {
            if (existing.Source.Sha256 == plan.Source.Sha256)
            {
                result.Report.Warn("already-imported", null, $"{plan.Document.Number} is already imported from the same file; nothing changed");
                return (result.Report, false);
            }

            if (!options.Replace)
            {
                result.Report.Fail("duplicate-number", null, $"{plan.Document.Number} ({plan.Document.Year}) is already imported from {existing.Source.FileName} with other content; use --replace to replace it");
                return (result.Report, false);
            }

            await PlanRemover.RemoveAsync(db, existing, cancellationToken);
        }

        // Districts and communes first met in this document's header: the agencies below may belong to them.
        foreach (var made in result.NewJurisdictions ?? [])
        {
            if (db.Jurisdictions.Local.Any(l => l.Code == made.Code) || await db.Jurisdictions.AnyAsync(j => j.Code == made.Code, cancellationToken))
            {
                continue;
            }

            var jurisdiction = AgencyRegistryWriter.ToJurisdiction(made);
            jurisdiction.FirstNamedIn = result.Report.File;
            db.Jurisdictions.Add(jurisdiction);
        }

        AgencyRegistryWriter.AddAgencies(db, result.NewAgencies.Where(a => !db.Agencies.Local.Any(known => known.Code == a.Code)));
        await db.SaveChangesAsync(cancellationToken);
        await new PlanWriter(db).AddAsync(plan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (existing is not null)
        {
            await PlanRemover.RemoveUncitedDocumentsAsync(db, cancellationToken);
        }

        return (result.Report, true);
    }
}
