using PlanData.Api.Cli;
using PlanData.Api.GraphQL;
using PlanData.Api.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlanDatabase();
builder.AddPlanGraphQL();

var app = builder.Build();
if (await app.TryRunAsync(args))
{
    return;
}

await app.EnsurePlanDatabaseAsync();
app.MapPlanGraphQL();
app.Run();

/// <summary>Entry point; public so that tests can host the API in-process.</summary>
public partial class Program;
