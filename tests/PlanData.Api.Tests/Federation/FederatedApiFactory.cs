using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanData.Api.Tests.Infrastructure;
using PlanData.Api.Tests.Transport;
using PlanData.Storage;

namespace PlanData.Api.Tests.Federation;

/// <summary>
/// The API in-process as a Federation subgraph (GraphQL:Federation:Enabled), recording the SQL its requests
/// send (and only theirs: no warm-up).
/// </summary>
public sealed class FederatedApiFactory() : ConfiguredApiFactory(new Dictionary<string, string>
{
    ["GraphQL:Federation:Enabled"] = "true",
    ["GraphQL:WarmUp:Enabled"] = "false",
})
{
    public SqlRecordingApiFactory.SqlLog Sql { get; } = new();

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<PlanDataContext>(options => options.AddInterceptors(Sql)));
    }
}
