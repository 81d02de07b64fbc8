using Microsoft.EntityFrameworkCore;
using PlanData.Agencies;
using PlanData.Documents;
using PlanData.Indicators;
using PlanData.Plans;

namespace PlanData.Storage;

public class PlanDataContext(DbContextOptions<PlanDataContext> options) : DbContext(options)
{
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<LegalDocument> Documents => Set<LegalDocument>();
    public DbSet<DocumentReference> References => Set<DocumentReference>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorMonitor> IndicatorMonitors => Set<IndicatorMonitor>();
    public DbSet<Responsibility> Responsibilities => Set<Responsibility>();
    public DbSet<ReportingDeadline> ReportingDeadlines => Set<ReportingDeadline>();
    public DbSet<Recipient> Recipients => Set<Recipient>();
    public DbSet<PlanSection> PlanSections => Set<PlanSection>();
    public DbSet<Footnote> Footnotes => Set<Footnote>();
    public DbSet<AppendixReference> AppendixReferences => Set<AppendixReference>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the database stays readable and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlanDataContext).Assembly);
        FoldedColumns.Add(modelBuilder);
        if (Database.IsNpgsql())
        {
            PostgresSchema.UseOrdinalCollation(modelBuilder);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        FoldedColumns.Update(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        FoldedColumns.Update(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
