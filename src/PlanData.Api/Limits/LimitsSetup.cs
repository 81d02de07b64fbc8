using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using PlanData.Api.Storage;
using PlanData.Storage;
using ServiceLifetime = GraphQL.DI.ServiceLifetime;

namespace PlanData.Api.Limits;

public static class LimitsSetup
{
    /// <summary>
    /// Request limits (GraphQL:Limits) and the introspection switch (GraphQL:Introspection): the
    /// parser's, the checks the endpoint runs before execution, and the timeout's reach into SQLite.
    /// </summary>
    public static IGraphQLBuilder AddPlanRequestLimits(this IGraphQLBuilder graphQL, IConfiguration configuration)
    {
        graphQL.Services.Configure<LimitsOptions>((options, _) => configuration.GetSection(LimitsOptions.Section).Bind(options));
        graphQL.Services.Configure<IntrospectionOptions>((options, _) => configuration.GetSection(IntrospectionOptions.Section).Bind(options));
        graphQL.Services.Register<IDocumentBuilder>(services => new LimitedDocumentBuilder(services.GetRequiredService<IOptions<LimitsOptions>>().Value), ServiceLifetime.Singleton, replace: true);
        graphQL.Services.Register<RequestLimits>(ServiceLifetime.Singleton);
        graphQL.Services.Register<IDbContextOptionsConfiguration<PlanDataContext>>(new SqliteInterruptionConfiguration());
        return graphQL;
    }

    private sealed class SqliteInterruptionConfiguration : IDbContextOptionsConfiguration<PlanDataContext>
    {
        // Npgsql cancels a running PostgreSQL statement itself (a cancel request to the server) when the token fires.
        public void Configure(IServiceProvider serviceProvider, DbContextOptionsBuilder optionsBuilder)
        {
            if (serviceProvider.GetService<IOptions<DatabaseOptions>>()?.Value.IsPostgres != true)
            {
                optionsBuilder.AddInterceptors(SqliteInterruption.Instance);
            }
        }
    }
}
