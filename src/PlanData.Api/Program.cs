using PlanData.Api.Authentication;
using PlanData.Api.Cli;
using PlanData.Api.Cors;
using PlanData.Api.GraphQL;
using PlanData.Api.Ide;
using PlanData.Api.Operations;
using PlanData.Api.Sdl;
using PlanData.Api.Storage;
using PlanData.Api.Transport;

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

// A request to /graphql passes these in order. The endpoint then reads, admits, plans, executes and writes
// (Transport/GraphQLEndpoint); what comes before it answers requests that are not GraphQL requests.
app.MapPlanOperations();
app.UseGraphQLRequestTelemetry();
app.UsePlanCors();
app.UsePlanAuthentication("/graphql");
app.UseResponseCompression();
app.UseSchemaDownload("/graphql");
app.UseBananaCakePop("/graphql");
app.MapGraphQLEndpoint("/graphql");
app.Run();
return 0;

/// <summary>Entry point; public so that tests can host the API in-process.</summary>
public partial class Program;
