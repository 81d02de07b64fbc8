using Microsoft.EntityFrameworkCore;

namespace PlanData.Storage;

/// <summary>
/// Indexes the model cannot declare because they mix an owned type's columns with its owner's. Created
/// with every import (IF NOT EXISTS), so a database built by an older importer gets them on its next import.
/// </summary>
public static class QueryIndexes
{
    /// <summary>Dashboards filter items by schedule kind and sort them by number: the filter, the order and the count read this index alone.</summary>
    public const string PlanItemsByScheduleKind = "IX_PlanItems_Schedule_Kind_Number";

    public static Task EnsureAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            $"""CREATE INDEX IF NOT EXISTS "{PlanItemsByScheduleKind}" ON "PlanItems" ("Schedule_Kind", "Number", "PlanId")""",
            cancellationToken);
}
