using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Storage;

namespace PlanData.Api.Tests.Operations;

/// <summary>
/// Every EF Core query fails inside its resolver with an exception whose message holds what must never
/// reach a client: the SQL text, a file path and a secret-looking word.
/// </summary>
public sealed class FailingDatabaseApi : ObservedApiFactory
{
    public const string SecretPath = "/srv/secret-folder/plan-data.sqlite";

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.ConfigureDbContext<PlanDataContext>(options => options.AddInterceptors(new FailingCommands()));

    private sealed class FailingCommands : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            throw Failure(command);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            throw Failure(command);

        private static InvalidOperationException Failure(DbCommand command) =>
            new($"disk I/O error reading {SecretPath} while running {command.CommandText}");
    }
}
