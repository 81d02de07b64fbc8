using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanData.Querying;
using PlanData.Storage;

namespace PlanData.Api.Storage;

/// <summary>The request's plan database, as the query machinery sees it.</summary>
public sealed class PlanQueryDatabase(PlanDataContext context, IOptions<DatabaseOptions> options) : IQueryDatabase
{
    public DbContext Context => context;

    public bool OrdinalLike { get; } = options.Value.IsPostgres;
}
