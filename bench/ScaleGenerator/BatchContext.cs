using Microsoft.EntityFrameworkCore;
using PlanData.Agencies;
using PlanData.Storage;

namespace PlanData.Bench;

/// <summary>
/// The context one batch is written through. Its Agencies are only those of the given
/// jurisdictions: PlanWriter reads every agency the context can see, and reading the whole,
/// growing table once a batch would make a scale-10000 build quadratic.
/// </summary>
public sealed class BatchContext(DbContextOptions<PlanDataContext> options, IEnumerable<string> jurisdictions) : PlanDataContext(options)
{
    private readonly List<string> _jurisdictions = [.. jurisdictions];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Agency>().HasQueryFilter(a => _jurisdictions.Contains(a.JurisdictionCode));
    }
}
