using Microsoft.EntityFrameworkCore;
using PlanData.Plans;
using PlanData.Storage;

namespace PlanData.Seeding;

/// <summary>Removes an imported plan's content so that a corrected copy can take its place (import --replace).</summary>
public static class PlanRemover
{
    public static async Task RemoveAsync(PlanDataContext db, Plan plan, CancellationToken cancellationToken = default)
    {
        var items = db.PlanItems.Where(i => i.PlanId == plan.Id).Select(i => i.Id);
        await db.References.Where(r => r.FromDocumentId == plan.DocumentId).ExecuteDeleteAsync(cancellationToken);
        var indicators = db.Indicators.Where(i => i.PlanId == plan.Id).Select(i => i.Id);
        await db.IndicatorMonitors.Where(m => indicators.Contains(m.IndicatorId)).ExecuteDeleteAsync(cancellationToken);
        await db.Indicators.Where(i => i.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Assignments.Where(a => items.Contains(a.PlanItemId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanTasks.Where(t => items.Contains(t.PlanItemId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanItems.Where(i => i.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Responsibilities.Where(r => r.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ReportingDeadlines.Where(d => d.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Recipients.Where(r => r.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.PlanSections.Where(s => s.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Footnotes.Where(f => f.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.AppendixReferences.Where(a => a.PlanId == plan.Id).ExecuteDeleteAsync(cancellationToken);
        db.Plans.Remove(plan);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Once the corrected copy is written, removes the documents that only the replaced copy cited:
    /// every document is an imported plan or cited by one, so one that is neither is left over.
    /// </summary>
    public static Task<int> RemoveUncitedDocumentsAsync(PlanDataContext db, CancellationToken cancellationToken = default) =>
        db.Documents
            .Where(d => !db.Plans.Any(p => p.DocumentId == d.Id) && !db.References.Any(r => r.ToDocumentId == d.Id))
            .ExecuteDeleteAsync(cancellationToken);
}
