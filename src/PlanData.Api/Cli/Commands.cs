namespace PlanData.Api.Cli;

/// <summary>The executable's commands besides serving: <c>schema export</c>, <c>import</c> and <c>operations manifest</c>.</summary>
public static class Commands
{
    public static bool IsCommand(string[] args) => args is ["schema", ..] or ["import", ..] or ["operations", ..];

    /// <returns>The exit code when the arguments were a command, null to start the server.</returns>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args) => args switch
    {
        ["schema", "export", .. var rest] => await SchemaCommand.ExportAsync(app.Services, rest),
        ["import", .. var rest] => await ImportCommand.RunAsync(app.Services, rest, Console.Out, Console.Error),
        ["operations", "manifest"] => ManifestCommand.Run(app.Services, Console.Out),
        ["schema", ..] => Usage("usage: schema export [FILE]"),
        ["operations", ..] => Usage("usage: operations manifest"),
        _ => null,
    };

    private static int Usage(string usage)
    {
        Console.Error.WriteLine(usage);
        return 2;
    }
}
