using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Operations;
using PlanData.Storage;

namespace PlanData.Api.Tests.Loading;

/// <summary>The API on the seed database, where every statement that reads the assignments table fails (a disk error on one table's pages).</summary>
public class FailingBatchApi : ObservedApiFactory
{
    public FailingBatchApi()
    {
    }

    protected FailingBatchApi(IReadOnlyDictionary<string, string> settings)
        : base(settings)
    {
    }

    public int AssignmentStatements => _failing.Count;

    private readonly FailingAssignments _failing = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureDbContext<PlanDataContext>(options => options.AddInterceptors(_failing));

    private sealed class FailingAssignments : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Reads(command) ? throw Failure() : result;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Reads(command) ? throw Failure() : ValueTask.FromResult(result);

        private bool Reads(DbCommand command)
        {
            var reads = command.CommandText.Contains("FROM \"Assignments\"", StringComparison.Ordinal);
            if (reads)
            {
                Interlocked.Increment(ref _count);
            }

            return reads;
        }

        private static InvalidOperationException Failure() => new("disk I/O error");
    }
}
