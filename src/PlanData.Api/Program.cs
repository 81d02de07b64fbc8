using PlanData.Api.Authentication;
using PlanData.Api.Cli;
using PlanData.Api.GraphQL;
using PlanData.Api.Operations;
using PlanData.Api.Storage;

// Settings live beside the executable, whatever the working directory; command arguments
// (import FILE --replace ...) are not configuration switches.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = Commands.IsCommand(args) ? [] : args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddPlanOperations();
builder.AddPlanDatabase();
builder.AddPlanAuthentication();
builder.AddPlanGraphQL();

var app = builder.Build();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.StartBuildingPlanSchema();
if (await app.EnsurePlanDatabaseAsync() is { } failure)
{
    return failure;
}

app.MapPlanOperations();
app.MapPlanGraphQL();
app.Run();
return 0;

/// <summary>Entry point; public so that tests can host the API in-process.</summary>
public partial class Program;
